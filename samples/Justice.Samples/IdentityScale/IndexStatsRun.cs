using System.Diagnostics;
using System.Globalization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// Measures an <see cref="IdentityIndex"/> over a persons file: reads and prepares it, holds out a seeded sample
/// of records as queries, builds the index over the rest and reports the heap it retains per record, then times
/// every query on one thread (percentiles) and the whole set on all cores (queries per second).
/// </summary>
internal static class IndexStatsRun
{
    /// <summary>Runs the measurement.</summary>
    /// <param name="settings">What to read and how to query.</param>
    /// <param name="progress">The progress display.</param>
    /// <param name="cancellationToken">Cancels between stages and passes.</param>
    /// <returns>The summary.</returns>
    public static IndexStatsSummary Run(IndexStatsSettings settings, ScaleProgress progress, CancellationToken cancellationToken)
    {
        var profile = BulkDeduplicationRun.Profile(settings.NameEditRules);
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var (records, input) = BulkDeduplicationRun.Prepare(settings.Input, profile, settings.Format, progress, cancellationToken);
        var rejected = input.Rejected;
        var prepared = GC.GetTotalMemory(forceFullCollection: true) - start;
        if (records.Count <= settings.Queries)
        {
            throw new Cli.CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(settings.Input)} has {records.Count} valid records: more than --queries ({settings.Queries}) are needed"));
        }

        var held = HeldOut(records.Count, settings.Queries, settings.Seed);
        var queries = held.Select(i => records[i]).ToArray();
        var indexed = records.Where((_, i) => !held.Contains(i)).ToArray();
        var model = settings.ModelPath is null ? MatchModel.Initial(profile.Profile) : BulkDeduplicationRun.LoadModel(settings.ModelPath);
        var matcher = IdentityMatcher.Create(profile.Profile, model);
        cancellationToken.ThrowIfCancellationRequested();

        progress.Start("build the index", 0);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var index = IdentityIndex.Build(matcher, indexed, settings.MaxBlockSize);
        var buildSeconds = watch.Elapsed.TotalSeconds;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{indexed.Length:N0} records, {index.KeyCount:N0} keys, {(double)retained / indexed.Length:F0} bytes per record"));

        var candidates = queries.Select(q => index.Candidates(q).Count).Order().ToArray();
        progress.Start("time each query", (long)settings.Passes * queries.Length);
        foreach (var query in queries)
        {
            index.Find(query, settings.Top);
        }

        var latencies = new double[settings.Passes * queries.Length];
        for (var pass = 0; pass < settings.Passes; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var q = 0; q < queries.Length; q++)
            {
                var t0 = Stopwatch.GetTimestamp();
                index.Find(queries[q], settings.Top);
                latencies[(pass * queries.Length) + q] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            }

            progress.Report((long)(pass + 1) * queries.Length);
        }

        Array.Sort(latencies);
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"median {Percentile(latencies, 0.5):F0} µs"));

        var threads = settings.Threads == -1 ? Environment.ProcessorCount : settings.Threads;
        progress.Start("throughput on all threads", (long)settings.Passes * queries.Length);
        watch.Restart();
        for (var pass = 0; pass < settings.Passes; pass++)
        {
            Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, q => index.Find(queries[q], settings.Top));
            progress.Report((long)(pass + 1) * queries.Length);
        }

        var perSecond = settings.Passes * queries.Length / watch.Elapsed.TotalSeconds;
        progress.Done(string.Create(CultureInfo.InvariantCulture, $"{perSecond:N0} queries/s"));
        GC.KeepAlive(index);
        return new IndexStatsSummary(
            indexed.Length,
            queries.Length,
            rejected,
            index.KeyCount,
            settings.MaxBlockSize,
            Math.Round((double)prepared / records.Count, 1),
            Math.Round((double)retained / indexed.Length, 1),
            Math.Round((double)allocated / indexed.Length, 1),
            Math.Round(buildSeconds, 2),
            Math.Round(candidates.Average(), 1),
            Percentile(candidates.Select(c => (double)c).ToArray(), 0.5),
            candidates[^1],
            settings.Passes,
            Math.Round(latencies.Average(), 1),
            Math.Round(Percentile(latencies, 0.5), 1),
            Math.Round(Percentile(latencies, 0.9), 1),
            Math.Round(Percentile(latencies, 0.99), 1),
            Math.Round(latencies[^1], 1),
            threads,
            Math.Round(perSecond));
    }

    /// <summary>A seeded sample of <paramref name="count"/> positions out of <paramref name="total"/> (partial Fisher–Yates).</summary>
    private static HashSet<int> HeldOut(int total, int count, int seed)
    {
        var random = new Random(seed);
        var positions = Enumerable.Range(0, total).ToArray();
        for (var k = 0; k < count; k++)
        {
            var j = random.Next(k, total);
            (positions[k], positions[j]) = (positions[j], positions[k]);
        }

        return [.. positions.Take(count).Order()];
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
