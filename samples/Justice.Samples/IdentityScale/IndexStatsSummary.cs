namespace Justice.Samples.IdentityScale;

/// <summary>What an <see cref="Justice.Domain.Identity.Linkage.IdentityIndex"/> of a persons file costs: memory per record and per-query latency (no personal data).</summary>
/// <param name="Records">Records indexed (valid records less the held-out queries).</param>
/// <param name="Queries">Records held out as queries (a seeded sample of the file).</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="KeyCount">Distinct blocking keys in the index.</param>
/// <param name="MaxBlockSize">The block cap of the index.</param>
/// <param name="PreparedBytesPerRecord">Heap retained by the prepared records after reading (GC.GetTotalMemory after a full collection), per valid record.</param>
/// <param name="IndexBytesPerRecord">Heap retained by the index over the prepared records (posting lists, key map, record list, term-frequency counts), per indexed record.</param>
/// <param name="IndexAllocatedBytesPerRecord">Bytes allocated while building the index (garbage of list growth included), per indexed record.</param>
/// <param name="BuildSeconds">Time to build the index from the prepared records.</param>
/// <param name="CandidatesMean">Mean candidates scored per query.</param>
/// <param name="CandidatesMedian">Median candidates scored per query.</param>
/// <param name="CandidatesMax">Most candidates scored by one query.</param>
/// <param name="Passes">Timed passes over the queries (after one warm-up pass).</param>
/// <param name="LatencyMeanMicroseconds">Mean time of one <c>Find</c> on one thread.</param>
/// <param name="LatencyP50Microseconds">Median time of one <c>Find</c> on one thread.</param>
/// <param name="LatencyP90Microseconds">90th percentile.</param>
/// <param name="LatencyP99Microseconds">99th percentile.</param>
/// <param name="LatencyMaxMicroseconds">Slowest query.</param>
/// <param name="Threads">Threads of the throughput run.</param>
/// <param name="QueriesPerSecond">Queries answered per second with <paramref name="Threads"/> threads.</param>
internal sealed record IndexStatsSummary(
    int Records,
    int Queries,
    int Rejected,
    int KeyCount,
    int MaxBlockSize,
    double PreparedBytesPerRecord,
    double IndexBytesPerRecord,
    double IndexAllocatedBytesPerRecord,
    double BuildSeconds,
    double CandidatesMean,
    double CandidatesMedian,
    int CandidatesMax,
    int Passes,
    double LatencyMeanMicroseconds,
    double LatencyP50Microseconds,
    double LatencyP90Microseconds,
    double LatencyP99Microseconds,
    double LatencyMaxMicroseconds,
    int Threads,
    double QueriesPerSecond);
