namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Explication par champ</i>: one bar of the waterfall: the level a field reached and its weight.</summary>
/// <param name="Field">The field.</param>
/// <param name="Level">The level name, or <c>missing</c> (weight 0).</param>
/// <param name="M">The level's m, null when missing.</param>
/// <param name="U">The level's u, null when missing.</param>
/// <param name="Weight">log2(m/u) plus the term-frequency adjustment.</param>
/// <param name="TermFrequencyAdjustment">The part of the weight due to the value's frequency (0 when none).</param>
public sealed record FieldExplanation(string Field, string Level, double? M, double? U, double Weight, double TermFrequencyAdjustment);
