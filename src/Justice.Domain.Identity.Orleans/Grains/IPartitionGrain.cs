using Orleans;
using Orleans.Runtime;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// A partition of a referential (grain key <c>name/partition</c>): the records whose id hashes to it, the postings of
/// the key slots it owns with the records they point to, and the counts of the name values it owns.
/// </summary>
internal interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>The home entries of ids (null for an id not stored here).</summary>
    Task<HomeEntry?[]> LookupAsync(string[] ids);

    /// <summary>Applies a change once per <paramref name="id"/>; returns the keys whose posting list here is now over <paramref name="hotKeyThreshold"/>.</summary>
    Task<ulong[]> ApplyAsync(ChangeId id, PartitionChange change, int hotKeyThreshold);

    /// <summary>Answers a query's keys and terms.</summary>
    Task<PartitionReply> FetchAsync(PartitionQuery query);

    /// <summary>Removes and returns the postings of <paramref name="key"/> held here whose slot under <paramref name="spread"/> is not <paramref name="slot"/>, with the number it keeps.</summary>
    /// <remarks>A retried <paramref name="id"/> returns the same postings.</remarks>
    Task<MovedPostings> TakeMovedAsync(ChangeId id, ulong key, int spread, int slot);

    /// <summary>The home records after position <paramref name="after"/>, by ascending position, at most <paramref name="max"/> (fewer: the last page).</summary>
    Task<HeldRecord[]> ReadHomeAsync(long after, int max);

    /// <summary>What the partition holds; <paramref name="spreadKeys"/> are the keys of spread over 1.</summary>
    Task<PartitionLoad> LoadAsync(ulong[] spreadKeys);

    /// <summary>The partition's keys for a deduplication with the rules' <paramref name="caps"/>; <paramref name="spreadKeys"/> are the keys of spread over 1.</summary>
    Task<PartitionCensus> CensusAsync(int[] caps, ulong[] spreadKeys);

    /// <summary>The name values the partition counts.</summary>
    Task<HeldTerms> TermsAsync();

    /// <summary>Scores the pairs the partition's blocks form first (its ordinary keys and the job's extra blocks) and returns those kept.</summary>
    Task<ScoringReply> ScorePairsAsync(ScoringJob job, CancellationToken cancellationToken);

    /// <summary>The silo the partition is active on.</summary>
    /// <returns>The silo's address.</returns>
    Task<SiloAddress> SiloAsync();

    /// <summary>
    /// Asks Orleans to migrate the partition, with its state, once idle, to the silo the caller names with the
    /// placement hint of its request context (<c>IPlacementDirector.PlacementHintKey</c>).
    /// </summary>
    /// <returns>A task that completes when the migration is requested (not done).</returns>
    Task MoveAsync();
}
