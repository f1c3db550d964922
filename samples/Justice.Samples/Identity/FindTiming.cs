using System.Diagnostics;
using Justice.Domain.Identity.Referential;

namespace Justice.Samples.Identity;

/// <summary>Find timed on a referential: each query alone on one thread (percentiles), then all of them on several threads.</summary>
/// <param name="Queries">Queries timed.</param>
/// <param name="Threads">Threads of the throughput run.</param>
/// <param name="MedianMicroseconds">Median latency of one Find, fetch and scoring included.</param>
/// <param name="P95Microseconds">95th percentile latency.</param>
/// <param name="MeanCandidates">Mean number of candidates returned (at most 5).</param>
/// <param name="QueriesPerSecond">Throughput of the multi-threaded run.</param>
internal sealed record FindTiming(int Queries, int Threads, double MedianMicroseconds, double P95Microseconds, double MeanCandidates, double QueriesPerSecond)
{
    /// <summary>Draws <paramref name="count"/> stored records with <paramref name="seed"/> and times Find on them.</summary>
    public static async Task<FindTiming> MeasureAsync(PersonReferential referential, int count, int seed, int threads, CancellationToken cancellationToken)
    {
        var all = await referential.ReadAllAsync(cancellationToken);
        var random = new Random(seed);
        var queries = Enumerable.Range(0, Math.Min(count, all.Count)).Select(_ => all[random.Next(all.Count)] with { Id = "query" }).ToArray();
        all = null;

        // One untimed pass warms the code paths and the file's pages.
        foreach (var query in queries.Take(50))
        {
            await referential.FindAsync(query, 5, cancellationToken);
        }

        var latencies = new double[queries.Length];
        long candidates = 0;
        for (var q = 0; q < queries.Length; q++)
        {
            var t0 = Stopwatch.GetTimestamp();
            candidates += (await referential.FindAsync(queries[q], 5, cancellationToken)).Count;
            latencies[q] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
        }

        Array.Sort(latencies);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, async (query, token) => await referential.FindAsync(query, 5, token));
        var perSecond = queries.Length / watch.Elapsed.TotalSeconds;
        return new FindTiming(queries.Length, threads, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.95)], (double)candidates / queries.Length, perSecond);
    }
}
