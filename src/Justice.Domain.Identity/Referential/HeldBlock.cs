namespace Justice.Domain.Identity.Referential;

/// <summary>A block a partition scores: a blocking key and the store positions of the records holding it.</summary>
/// <param name="Key">The blocking key.</param>
/// <param name="Members">The store positions of its records, ascending and distinct.</param>
public sealed record HeldBlock(ulong Key, IReadOnlyList<long> Members);
