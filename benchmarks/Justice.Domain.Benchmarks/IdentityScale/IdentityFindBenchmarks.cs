using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.IdentityScale;

/// <summary>
/// <see cref="IdentityIndex.Find"/> against an index of over 1,000,000 synthetic French civil-status records
/// (the project's generator, 563,000 persons, seed 2026). The queries are 2,000 records held out of the index
/// with a fixed seed: 1,000 of persons who keep other records in the index (a duplicate is there to find) and
/// 1,000 of persons recorded once (nothing to find). Each invocation answers the whole batch, so the figures are
/// per query. Baseline: the previous implementation (a <c>HashSet&lt;int&gt;</c> of candidates per query, then every
/// candidate scored into a <c>PriorityQueue</c>), on the same posting lists and the same matcher.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MedianConfig))]
public class IdentityFindBenchmarks
{
    /// <summary>
    /// Persons generated: 563,000 (about a million records), or 20,000 when the environment variable
    /// <c>JUSTICE_BENCHMARK_SMOKE</c> is set (CI's dry run, which checks the setup and its oracle, not the speed).
    /// </summary>
    private static readonly int People = Environment.GetEnvironmentVariable("JUSTICE_BENCHMARK_SMOKE") is null ? 563_000 : 20_000;
    private const int Batch = 2_000;
    private const int Top = 5;
    private IdentityIndex index = null!;
    private Dictionary<ulong, int[]> postings = [];
    private int[] caps = [];
    private PreparedRecord[] queries = [];

    /// <summary>Generates and prepares the records, holds out the queries, builds the index and the baseline's posting lists.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = new SyntheticGenerator().Generate(People, 2026);
        var records = data.Records();
        var profile = CivilStatusProfile.Default;
        var prepared = new PreparedRecord[records.Count];
        Parallel.For(0, records.Count, i => prepared[i] = profile.Prepare(records[i]));

        // Held out: half from persons with several records, half from persons with one; seeded.
        var recordsOf = records.Select((r, i) => (Person: data.Truth[r.Id], Index: i)).GroupBy(x => x.Person).ToDictionary(g => g.Key, g => g.Count());
        var random = new Random(7);
        var duplicated = Enumerable.Range(0, records.Count).Where(i => recordsOf[data.Truth[records[i].Id]] > 1).OrderBy(_ => random.Next()).Take(Batch / 2);
        var single = Enumerable.Range(0, records.Count).Where(i => recordsOf[data.Truth[records[i].Id]] == 1).OrderBy(_ => random.Next()).Take(Batch / 2);
        var held = duplicated.Concat(single).ToHashSet();
        queries = held.Order().Select(i => prepared[i]).ToArray();
        var indexed = prepared.Where((_, i) => !held.Contains(i)).ToArray();
        index = IdentityIndex.Build(IdentityMatcher.Create(profile.Profile, MatchModel.Initial(profile.Profile)), indexed);

        // Each rule's cap in this index (the key's top bits name its rule, from 1), as the index applies it.
        caps = [0, .. profile.Profile.BlockingRules.Select(r => r.CapIn(index.MaxBlockSize))];

        // The baseline's posting lists, built as the previous IdentityIndex.Build did.
        var lists = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < indexed.Length; i++)
        {
            foreach (var key in indexed[i].BlockingKeys)
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = new List<int>(2);
                }

                list.Add(i);
            }
        }

        postings = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

        // Both implementations must find the same weights (ties may be ordered differently by the baseline's heap).
        foreach (var query in queries)
        {
            var expected = BaselineFind(query).Select(c => c.Comparison.Weight);
            if (!index.Find(query, Top).Select(c => c.Comparison.Weight).SequenceEqual(expected))
            {
                throw new InvalidOperationException("Find and the baseline disagree on query " + query.Id);
            }
        }

        var candidates = queries.Select(q => index.Candidates(q).Count).Order().ToArray();
        Console.WriteLine($"// {indexed.Length:N0} records indexed, {index.KeyCount:N0} keys, {queries.Length:N0} queries; candidates per query: mean {candidates.Average():F1}, median {candidates[candidates.Length / 2]}, max {candidates[^1]}");
    }

    /// <summary>The previous implementation, one query at a time.</summary>
    /// <returns>Candidates returned (so that the work is not dropped).</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int HashSetFind()
    {
        var found = 0;
        foreach (var query in queries)
        {
            found += BaselineFind(query).Count;
        }

        return found;
    }

    /// <summary><see cref="IdentityIndex.Find"/>, one query at a time on one thread.</summary>
    /// <returns>Candidates returned.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Find()
    {
        var found = 0;
        foreach (var query in queries)
        {
            found += index.Find(query, Top).Count;
        }

        return found;
    }

    /// <summary><see cref="IdentityIndex.Find"/> from all cores (Parallel.For over the batch): queries per second = 1 / mean.</summary>
    /// <returns>Candidates returned.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int FindParallel()
    {
        var found = 0;
        Parallel.For(0, queries.Length, () => 0, (q, _, sum) => sum + index.Find(queries[q], Top).Count, sum => Interlocked.Add(ref found, sum));
        return found;
    }

    /// <summary>
    /// The previous <c>IdentityIndex.Find</c>: hash-set union of the posting lists of the query's keys whose blocks are
    /// within their rule's cap, every candidate scored into a priority queue.
    /// </summary>
    private IReadOnlyList<MatchCandidate> BaselineFind(PreparedRecord query)
    {
        var seen = new HashSet<int>();
        foreach (var key in query.BlockingKeys)
        {
            if (postings.TryGetValue(key, out var list) && list.Length <= caps[BlockingKey.Rule(key)])
            {
                seen.UnionWith(list);
            }
        }

        var records = index.Records;
        var matcher = index.Matcher;
        var best = new PriorityQueue<int, double>();
        foreach (var i in seen)
        {
            if (ReferenceEquals(records[i], query))
            {
                continue;
            }

            var weight = matcher.Weight(query, records[i], out _);
            if (best.Count < Top)
            {
                best.Enqueue(i, weight);
            }
            else if (best.TryPeek(out _, out var lowest) && weight > lowest)
            {
                best.DequeueEnqueue(i, weight);
            }
        }

        var chosen = new List<int>(best.Count);
        while (best.Count > 0)
        {
            chosen.Add(best.Dequeue());
        }

        chosen.Reverse();
        return chosen.Select((i, rank) => new MatchCandidate(rank + 1, matcher.Compare(query, records[i]))).ToArray();
    }

    /// <summary>Adds the median and the 95th percentile (of the per-iteration means) to the default columns.</summary>
    private sealed class MedianConfig : ManualConfig
    {
        public MedianConfig()
        {
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }
}
