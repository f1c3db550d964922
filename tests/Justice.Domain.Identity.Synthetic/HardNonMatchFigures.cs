namespace Justice.Domain.Identity.Synthetic;

/// <summary>How the look-alike persons of one hard non-match kind fared: pairs of their records wrongly put in one cluster.</summary>
/// <param name="Kind">The kind (<see cref="SyntheticGenerator.HardNonMatchKinds"/>).</param>
/// <param name="PersonPairs">Pairs of look-alike persons of this kind.</param>
/// <param name="RecordPairs">Pairs of records, one of each look-alike person.</param>
/// <param name="FalsePositivePairs">Those record pairs put in one cluster.</param>
public sealed record HardNonMatchFigures(string Kind, int PersonPairs, long RecordPairs, long FalsePositivePairs)
{
    /// <summary>Gets the share of the record pairs wrongly merged (0 when there is none).</summary>
    public double FalsePositiveShare => RecordPairs == 0 ? 0 : (double)FalsePositivePairs / RecordPairs;
}
