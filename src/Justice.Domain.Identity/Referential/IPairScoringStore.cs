using Justice.Domain.Identity.Linkage;

namespace Justice.Domain.Identity.Referential;

/// <summary>
/// A store that scores the candidate pairs of a deduplication where its records lie (the partitions of a distributed
/// store), so that only the scored pairs travel back to the caller, not the records.
/// <see cref="PersonReferential.DeduplicateAsync"/> uses it when its store implements it, and gives the same result
/// as reading every record and running <see cref="BulkLinkage"/> in the process.
/// </summary>
public interface IPairScoringStore : IPersonStore
{
    /// <summary>
    /// Forms the candidate pairs of every stored record under the request's blocking rules and caps (each pair once,
    /// by the first (rule, key) that forms it, as <see cref="Scoring.BlockedPairs"/> forms them), scores them with the
    /// request's model and the store's term counts, and returns those that reach the review threshold.
    /// </summary>
    /// <param name="request">The rules, caps and model to score with.</param>
    /// <param name="progress">Receives the running count of pairs compared; may be null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The records in store order and the pairs kept, by index in that order.</returns>
    Task<StoreScoring> ScorePairsAsync(StoreScoringRequest request, IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}
