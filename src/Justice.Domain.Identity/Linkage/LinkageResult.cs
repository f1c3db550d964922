namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Résultat d'appariement</i>: every input record exactly once with its cluster, the pairs left to the
/// magistrate (review band) and counts.
/// </summary>
/// <param name="Assignments">One per input record, in input order (left then right).</param>
/// <param name="ClusterCount">Number of clusters.</param>
/// <param name="CandidatePairs">Pairs compared after blocking.</param>
/// <param name="MatchPairs">Pairs in the match band.</param>
/// <param name="ReviewPairs">Pairs in the review band, strongest first.</param>
public sealed record LinkageResult(IReadOnlyList<ClusterAssignment> Assignments, int ClusterCount, long CandidatePairs, long MatchPairs, IReadOnlyList<ScoredPair> ReviewPairs);
