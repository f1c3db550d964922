namespace Justice.Domain.Identity.Referential;

/// <summary>What <see cref="PartitionPairScorer.Score"/> returns for one partition's blocks.</summary>
/// <param name="Edges">The pairs whose weight reaches the review threshold, in canonical order (left, then right position).</param>
/// <param name="PairsCompared">The pairs scored (those the blocks form first).</param>
/// <param name="NewPairsByRule">For each rule, the pairs its blocks formed first (<see cref="Blocking.BlockingRuleReport.NewPairs"/>).</param>
public sealed record PartitionPairScoring(IReadOnlyList<SequenceEdge> Edges, long PairsCompared, IReadOnlyList<long> NewPairsByRule)
{
    /// <summary>How many records of the scored blocks were prepared from their documents, having no prepared form the profile reads (<see cref="StoredCandidate.PreparedForm"/>).</summary>
    public long PreparedFromDocuments { get; init; }

    /// <summary>The positions of the records of the scored blocks, ascending.</summary>
    internal long[] Positions { get; init; } = [];

    /// <summary>Their completeness, in the order of <see cref="Positions"/>.</summary>
    internal int[] RecordCompleteness { get; init; } = [];

    /// <summary>
    /// The completeness of a record of the scored blocks, as <see cref="PartitionPairScorer.Completeness"/> gives it
    /// (the record was read or prepared for the scoring), or null when no scored block holds it.
    /// </summary>
    /// <param name="position">The record's store position.</param>
    /// <returns>Its completeness, or null.</returns>
    public int? CompletenessOf(long position)
    {
        var at = Array.BinarySearch(Positions, position);
        return at >= 0 ? RecordCompleteness[at] : null;
    }
}
