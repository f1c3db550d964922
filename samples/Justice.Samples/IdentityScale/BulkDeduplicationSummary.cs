using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Samples.IdentityScale;

/// <summary>The counts and timings of a bulk deduplication (no personal data).</summary>
/// <param name="Rows">Data rows read.</param>
/// <param name="Records">Valid records deduplicated.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="FirstErrors">The first rejections (line, id, field, rule).</param>
/// <param name="Flagged">Values of kept records read as unknown or implausible (<see cref="Justice.Domain.Identity.Records.RecordFlag"/>).</param>
/// <param name="FirstFlags">The first flags (line, id, field, rule).</param>
/// <param name="Blocking">The blocking report.</param>
/// <param name="PairsCompared">Pairs scored.</param>
/// <param name="MatchPairs">Pairs in the match band.</param>
/// <param name="ReviewPairs">Pairs in the review band.</param>
/// <param name="Clustering">The clustering report.</param>
/// <param name="SecondsReading">Reading and preparing.</param>
/// <param name="SecondsScoringAndClustering">Scoring and clustering.</param>
/// <param name="SecondsTotal">The whole run.</param>
internal sealed record BulkDeduplicationSummary(
    int Rows,
    int Records,
    int Rejected,
    IReadOnlyList<string> FirstErrors,
    int Flagged,
    IReadOnlyList<string> FirstFlags,
    BlockingReport Blocking,
    long PairsCompared,
    long MatchPairs,
    long ReviewPairs,
    ClusteringReport Clustering,
    double SecondsReading,
    double SecondsScoringAndClustering,
    double SecondsTotal);
