using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Caps;

/// <summary>
/// <i>Quota légal des magistrats placés</i>: the largest share of all the magistrates (siège and parquet) of the
/// first-instance courts of a ressort that may be <i>magistrats placés</i> auprès du premier président. The 2000 circular gives 1/15, "fixé par
/// l'art. 3-1, 5e alinéa" of the ordonnance of 22 December 1958 (<see cref="Ordinance58_1270In2000"/>); the current
/// wording of art. 3-1 is not among our sources, so another quota is a parameter, never a guess.
/// </summary>
/// <param name="Numerator">The numerator, 1 or more.</param>
/// <param name="Denominator">The denominator, at least the numerator.</param>
public sealed record PlacedMagistrateQuota(int Numerator, int Denominator)
{
    /// <summary>The numerator.</summary>
    public int Numerator { get; init; } = Guard.Positive(Numerator);

    /// <summary>The denominator.</summary>
    public int Denominator { get; init; } = Guard.InRange(Denominator, Numerator, int.MaxValue);

    /// <summary>Ord. 58-1270, art. 3-1, al. 5, as cited by Circ. SJ 00-124, annexe I, 1 ("Vice-présidents placés").</summary>
    public static LegalReference Reference { get; } = LegalReference.Article(LegalText.Ordinance58_1270, "3-1", "al. 5");

    /// <summary>1/15 of the magistrates of the first-instance courts of the ressort (<see cref="Reference"/>, as in force in 2000).</summary>
    public static PlacedMagistrateQuota Ordinance58_1270In2000 { get; } = new(1, 15);

    /// <summary>The most placed magistrates for <paramref name="firstInstanceMagistrates"/>: ⌊magistrates × numerator ÷ denominator⌋ (integer arithmetic).</summary>
    /// <param name="firstInstanceMagistrates">All the magistrates (siège and parquet) of the first-instance courts of the ressort, 0 or more.</param>
    /// <returns>The maximum.</returns>
    public int MaximumPlaced(int firstInstanceMagistrates) =>
        (int)((long)Guard.NotNegative(firstInstanceMagistrates) * Numerator / Denominator);
}
