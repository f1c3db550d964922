using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Benchmarks.IdentityScale;

/// <summary>
/// Candidate pairs of four blocking rules unioned, on 200,000 records whose keys follow a skewed (Zipf-like)
/// distribution: the straightforward way (posting lists in a dictionary, every pair into a <c>HashSet&lt;long&gt;</c>)
/// against <see cref="BlockedPairs"/> (sorted runs, earlier-rule test, no hash set). With <see cref="Deletions"/>, a
/// fifth rule gives each record the eight keys of its surname's one-letter deletions, as the edit rules do: records
/// with one surname share all eight (repeated blocks), and one surname in ten is a typo of another, sharing one key.
/// </summary>
[MemoryDiagnoser]
public class BlockedPairsBenchmarks
{
    private const int Records = 200_000;
    private const int Cap = 1000;
    private const int DeletionKeys = 8;
    private static readonly string[] Rules = ["surname + year", "first name + date", "date + commune", "surname + first name"];
    private string[] rules = Rules;
    private ulong[][][] keys = null!;

    /// <summary>Gets or sets whether a fifth rule gives each record the keys of its surname's one-letter deletions.</summary>
    [Params(false, true)]
    public bool Deletions { get; set; }

    /// <summary>Draws the keys: per rule, a skewed number of distinct values (a few frequent, many rare).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        int[] distinct = [60_000, 120_000, 150_000, 90_000];
        keys = distinct.Select(d => Enumerable.Range(0, Records).Select(_ => new[] { Skewed(random, d) }).ToArray()).ToArray();
        rules = Rules;
        if (Deletions)
        {
            // Deletion d of surname s is the key s * 8 + d; a typo of s (one surname in ten) keeps deletion d only and
            // has its seven other keys of its own (above every surname's).
            var surnames = Enumerable.Range(0, Records).Select(_ => Skewed(random, 200_000)).ToArray();
            var edits = Enumerable.Range(0, Records).Select(i => surnames[i] % 10 == 0
                ? Enumerable.Range(0, DeletionKeys).Select(d => d == (int)(surnames[i] % DeletionKeys) ? (surnames[i] * DeletionKeys) + (ulong)d : ((200_001 + surnames[i]) * DeletionKeys) + (ulong)d).ToArray()
                : Enumerable.Range(0, DeletionKeys).Select(d => (surnames[i] * DeletionKeys) + (ulong)d).ToArray()).ToArray();
            keys = [.. keys, edits];
            rules = [.. Rules, "surname with one letter deleted + commune"];
        }
    }

    /// <summary>Dictionary of posting lists per key, all pairs into a hash set (reference).</summary>
    /// <returns>The number of distinct pairs.</returns>
    [Benchmark(Baseline = true)]
    public long HashSetUnion()
    {
        var pairs = new HashSet<long>();
        for (var r = 0; r < keys.Length; r++)
        {
            var lists = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < Records; i++)
            {
                foreach (var key in keys[r][i])
                {
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            foreach (var list in lists.Values)
            {
                if (list.Count > Cap)
                {
                    continue;
                }

                for (var x = 0; x < list.Count; x++)
                {
                    for (var y = x + 1; y < list.Count; y++)
                    {
                        pairs.Add(((long)list[x] << 32) | (uint)list[y]);
                    }
                }
            }
        }

        return pairs.Count;
    }

    /// <summary><see cref="BlockedPairs"/>: build, report and enumerate every distinct pair.</summary>
    /// <returns>The number of distinct pairs.</returns>
    [Benchmark]
    public long SortedRunsUnion()
    {
        var blocked = BlockedPairs.Deduplication(rules, keys, Cap);
        long count = 0;
        blocked.ForEachPair((_, _) => count++);
        return count;
    }

    /// <summary>
    /// <see cref="BlockedPairs"/> built, then every pair decided again at the visit by the earlier-rule test
    /// (<c>ForEachPairReference</c>, as the scoring did before the pairs were marked once at blocking).
    /// </summary>
    /// <returns>The number of distinct pairs.</returns>
    [Benchmark]
    public long SortedRunsUnionDecidedAtVisit()
    {
        var blocked = BlockedPairs.Deduplication(rules, keys, Cap);
        long count = 0;
        blocked.ForEachPairReference((_, _) => count++);
        return count;
    }

    // Squaring a uniform draw favours small values: a skew like that of surnames.
    private static ulong Skewed(Random random, int distinct)
    {
        var u = random.NextDouble();
        return (ulong)(1 + (long)(u * u * distinct));
    }
}
