namespace Justice.Domain.Identity.Referential;

/// <summary>What <see cref="IPersonStore.FetchCandidatesAsync"/> reads for one query, in one round trip where the store allows it.</summary>
/// <param name="Blocks">The query's blocking keys with their block caps.</param>
/// <param name="Terms">The query's term-frequency values, whose counts weigh its exact agreements.</param>
public sealed record CandidateRequest(IReadOnlyList<BlockQuery> Blocks, IReadOnlyList<TermValue> Terms);
