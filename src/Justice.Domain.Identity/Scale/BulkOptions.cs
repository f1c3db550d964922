using Justice.Domain.Identity.Clustering;

namespace Justice.Domain.Identity.Scale;

/// <summary><i>Options du traitement de masse</i>: how a bulk deduplication or linkage blocks, scores and clusters.</summary>
/// <param name="Clustering">
/// The clustering method. <see cref="ClusteringMethod.ConnectedComponents"/> and <see cref="ClusteringMethod.BestLink"/>
/// follow match-band pairs; <see cref="ClusteringMethod.WeakLinkSplitting"/> follows match- and review-band pairs and
/// cuts every review-band pair that alone joins two groups (a bridge), so a review-band pair joins only when
/// another path corroborates it.
/// </param>
/// <param name="MaxBlockSize">The largest block compared (2 or more); larger blocks are reported, not compared.</param>
/// <param name="MaxDegreeOfParallelism">Threads at most (−1 for all cores).</param>
/// <param name="OneToOne">For a linkage only: keep at most one link per record (<see cref="OneToOneAssignment"/>) instead of clustering.</param>
public sealed record BulkOptions(
    ClusteringMethod Clustering = ClusteringMethod.BestLink,
    int MaxBlockSize = 1000,
    int MaxDegreeOfParallelism = -1,
    bool OneToOne = false);
