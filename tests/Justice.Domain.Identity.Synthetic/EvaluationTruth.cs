namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// What a deduplication is measured against: the true person of each record and, for generated data, the corruption
/// classes each record carries and the look-alike persons that are not matches.
/// </summary>
/// <param name="PersonOf">Record id → person id.</param>
/// <param name="Corruptions">Record id → corruption classes carried, or null (then no per-class figures).</param>
/// <param name="Classes">The corruption classes to report, in order (each reported even when no pair carries it), or null.</param>
/// <param name="HardNonMatches">Pairs of look-alike persons, or null.</param>
/// <param name="HardNonMatchKinds">The hard non-match kinds to report, in order, or null.</param>
public sealed record EvaluationTruth(
    IReadOnlyDictionary<string, string> PersonOf,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Corruptions = null,
    IReadOnlyList<string>? Classes = null,
    IReadOnlyList<HardNonMatchPair>? HardNonMatches = null,
    IReadOnlyList<string>? HardNonMatchKinds = null)
{
    /// <summary>The truth of a generated dataset, with its classes and hard non-matches.</summary>
    /// <param name="data">The dataset.</param>
    /// <returns>The truth.</returns>
    public static EvaluationTruth Of(SyntheticDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new EvaluationTruth(data.Truth, data.Corruptions, SyntheticGenerator.CorruptionClasses, data.HardNonMatchPairs, SyntheticGenerator.HardNonMatchKinds);
    }
}
