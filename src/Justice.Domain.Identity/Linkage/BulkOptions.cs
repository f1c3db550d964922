using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Options du traitement de masse</i>: how a bulk deduplication or linkage blocks, scores and clusters.</summary>
/// <param name="Clustering">
/// The clustering method; every method follows match-band pairs only. <see cref="ClusteringMethod.WeakLinkSplitting"/>
/// also cuts every link below <paramref name="ConfirmProbability"/> that alone joins two groups (a bridge).
/// </param>
/// <param name="MaxBlockSize">The largest block compared (2 or more); larger blocks are reported, not compared.</param>
/// <param name="MaxDegreeOfParallelism">Threads at most (−1 for all cores).</param>
/// <param name="OneToOne">For a linkage only: keep at most one link per record (<see cref="OneToOneAssignment"/>) instead of clustering.</param>
/// <param name="ConfirmProbability">
/// For <see cref="ClusteringMethod.WeakLinkSplitting"/>: the probability from which one link may hold two groups
/// together on its own (at least the model's match threshold; higher values split more).
/// </param>
public sealed record BulkOptions(
    ClusteringMethod Clustering = ClusteringMethod.BestLink,
    int MaxBlockSize = 1000,
    int MaxDegreeOfParallelism = -1,
    bool OneToOne = false,
    double ConfirmProbability = 0.999);
