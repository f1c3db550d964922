namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Niveau de comparaison</i>: the m and u probabilities of one comparison level.</summary>
/// <param name="Level">The level name.</param>
/// <param name="M">P(level | the records are the same person).</param>
/// <param name="U">P(level | the records are different persons).</param>
/// <param name="FixedM">Whether training keeps <paramref name="M"/> as given.</param>
/// <param name="FixedU">Whether training keeps <paramref name="U"/> as given.</param>
/// <param name="Veto">Whether a pair at this level is a non-match, whatever its weight (for example two
/// different first names: twins share surname, date and place of birth, and only their first names tell them apart).</param>
public sealed record LevelParameters(string Level, double M, double U, bool FixedM = false, bool FixedU = false, bool Veto = false)
{
    /// <summary>The match weight log2(m/u) of the level.</summary>
    public double Weight => Math.Log2(Math.Max(M, 1e-12) / Math.Max(U, 1e-12));
}
