namespace Justice.Domain.Identity.Referential;

/// <summary>A blocking key of a query and the largest block it may select: a key held by more records says too little and is skipped.</summary>
/// <param name="Key">The blocking key.</param>
/// <param name="MaxBlockSize">The largest number of records holding the key for its block to be used (2 or more).</param>
public readonly record struct BlockQuery(ulong Key, int MaxBlockSize);
