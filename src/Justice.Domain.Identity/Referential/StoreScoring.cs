using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Referential;

/// <summary>What <see cref="IPairScoringStore.ScorePairsAsync"/> returns: the records in store order and the pairs kept.</summary>
/// <param name="Ids">Every stored record's id, by ascending store position.</param>
/// <param name="Completeness">Each record's completeness, in the same order (<see cref="PartitionPairScorer.Completeness"/>).</param>
/// <param name="Edges">The pairs whose weight reaches the review threshold, by index in <paramref name="Ids"/>, in canonical order (left, then right; left &lt; right).</param>
/// <param name="PairsCompared">The pairs scored.</param>
/// <param name="Report">The blocking report of the run, as <see cref="BlockedPairs.Report"/> gives it for the same records.</param>
public sealed record StoreScoring(IReadOnlyList<string> Ids, IReadOnlyList<int> Completeness, IReadOnlyList<ScoredEdge> Edges, long PairsCompared, BlockingReport Report)
{
    /// <summary>How many record copies of the scored blocks were prepared from their documents, over all partitions (<see cref="PartitionPairScoring.PreparedFromDocuments"/>).</summary>
    public long PreparedFromDocuments { get; init; }
}
