namespace Justice.Domain.Identity.Orleans;

/// <summary>What one partition of an <see cref="OrleansPersonStore"/> holds.</summary>
/// <param name="Partition">The partition number.</param>
/// <param name="Records">The records whose id hashes to it (their home).</param>
/// <param name="Postings">The (blocking key, record) postings of the key slots it owns.</param>
/// <param name="HeldRecords">The distinct records it keeps to return as candidates of its postings.</param>
public sealed record PartitionSize(int Partition, long Records, long Postings, long HeldRecords);
