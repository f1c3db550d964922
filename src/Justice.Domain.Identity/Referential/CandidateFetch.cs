namespace Justice.Domain.Identity.Referential;

/// <summary>What a store returns for a <see cref="CandidateRequest"/>, read from one consistent state of the store.</summary>
/// <param name="Candidates">
/// Each stored record holding at least one of the request's keys whose block (the records holding that key) has at
/// most its <see cref="BlockQuery.MaxBlockSize"/> records; each record once, by ascending <see cref="StoredCandidate.Sequence"/>.
/// </param>
/// <param name="TermCounts">For each of the request's terms, in order, how many stored records hold it (0 when none).</param>
/// <param name="FieldTotals">For each field of the request's terms, how many stored records have a value in it.</param>
/// <param name="Records">How many records the store holds.</param>
public sealed record CandidateFetch(IReadOnlyList<StoredCandidate> Candidates, IReadOnlyList<long> TermCounts, IReadOnlyDictionary<int, long> FieldTotals, long Records);
