using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Résultat du traitement de masse</i>: the cluster of every record (by index, first source first in a
/// linkage), the blocking report, and the scored pairs kept (match and review bands).
/// </summary>
/// <param name="Clusters">The cluster of each record and the clustering report.</param>
/// <param name="Blocking">The blocking report (per-rule pairs, capped blocks).</param>
/// <param name="PairsCompared">Pairs scored.</param>
/// <param name="MatchPairs">Pairs in the match band.</param>
/// <param name="MatchEdges">The pairs in the match band, in canonical order (<paramref name="MatchPairs"/> of them).</param>
/// <param name="ReviewPairs">Pairs in the review band, for the magistrate (canonical order).</param>
/// <param name="OneToOneLinks">For a one-to-one linkage, the links kept; otherwise null.</param>
public sealed record BulkResult(
    RecordClusters Clusters,
    BlockingReport Blocking,
    long PairsCompared,
    long MatchPairs,
    IReadOnlyList<ScoredEdge> MatchEdges,
    IReadOnlyList<ScoredEdge> ReviewPairs,
    OneToOneLinks? OneToOneLinks);
