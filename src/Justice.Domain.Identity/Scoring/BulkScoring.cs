using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Linkage;

namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Évaluation en masse</i>: the pairs kept by a bulk scoring run, in canonical order, and how many were compared.</summary>
/// <param name="Edges">Pairs whose weight reached the minimum asked for, sorted by left then right index (left &lt; right).</param>
/// <param name="PairsCompared">Pairs scored.</param>
internal sealed record BulkScoring(IReadOnlyList<ScoredEdge> Edges, long PairsCompared);
