using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Candidat</i>: an indexed record returned by a search, with its rank and explained comparison.</summary>
/// <param name="Rank">1 for the best candidate.</param>
/// <param name="Comparison">The explained comparison of the query with the candidate.</param>
public sealed record MatchCandidate(int Rank, MatchComparison Comparison);
