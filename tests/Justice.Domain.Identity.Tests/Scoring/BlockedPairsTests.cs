using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Scoring;

public class BlockedPairsTests
{
    /// <summary>Records (2 to 14), 1 to 3 rules giving each record 0 to 2 keys from 1 to 4, a cap from 2 to 6 and a link boundary.</summary>
    internal static Arbitrary<(ulong[][][] Keys, int Cap, int Boundary)> Blocking { get; } =
        Gen.Choose(2, 14).Zip(Gen.Choose(1, 3)).Zip(Gen.Choose(2, 6)).Zip(Gen.Choose(0, 10_000).ArrayOf(60)).Zip(Gen.Choose(0, 14))
            .Select(t =>
            {
                var (((n, rules), cap), raw) = t.Item1;
                var keys = Enumerable.Range(0, rules).Select(r => Enumerable.Range(0, n).Select(i =>
                {
                    var v = raw[(r * 20) + i];
                    return v % 3 == 0 ? [] : v % 3 == 1 ? new[] { (ulong)(1 + (v / 3 % 4)) } : new[] { (ulong)(1 + (v / 3 % 4)), (ulong)(1 + (v / 12 % 4)) };
                }).ToArray()).ToArray();
                return (keys, cap, Math.Min(t.Item2, n));
            })
            .ToArbitrary();

    private static string[] Names(int rules) => Enumerable.Range(0, rules).Select(r => "rule " + r).ToArray();

    internal static int BlockSize(ulong[][] ruleKeys, ulong key) => ruleKeys.Count(k => k.Contains(key));

    internal static bool Oracle(ulong[][][] keys, int cap, int boundary, int i, int j) =>
        (boundary == 0 || (i < boundary) != (j < boundary))
        && keys.Any(k => k[i].Intersect(k[j]).Any(key => BlockSize(k, key) <= cap));

    internal static BlockedPairs Make(ulong[][][] keys, int cap, int boundary) =>
        boundary == 0 ? BlockedPairs.Deduplication(Names(keys.Length), keys, cap) : BlockedPairs.Linkage(Names(keys.Length), keys, boundary, cap);

    [Property]
    public Property ForEachPair_AnyKeys_FormsEachPairSharingAKeyInABlockWithinTheCapExactlyOnce()
    {
        return Prop.ForAll(Blocking, b =>
        {
            var n = b.Keys[0].Length;
            var blocked = Make(b.Keys, b.Cap, b.Boundary);
            var seen = new List<(int, int)>();
            blocked.ForEachPair((i, j) => seen.Add((i, j)));
            var expected = (from i in Enumerable.Range(0, n) from j in Enumerable.Range(i + 1, n - i - 1) where Oracle(b.Keys, b.Cap, b.Boundary, i, j) select (i, j)).ToHashSet();
            return seen.Count == expected.Count && seen.ToHashSet().SetEquals(expected) && blocked.PairCount == expected.Count
                && seen.All(p => p.Item1 < p.Item2 && blocked.IsCandidate(p.Item1, p.Item2))
                && blocked.Report.Rules.Sum(r => r.NewPairs) == expected.Count;
        });
    }

    [Property]
    public Property ForEachPair_KeysSpreadOverTheWholeRangeInManyBuckets_SamePairsAndReportAsOneBucket()
    {
        // Keys spread over 64 bits by an odd multiplier (a bijection), sorted in buckets of about one key each.
        return Prop.ForAll(Blocking, b =>
        {
            var spread = b.Keys.Select(rule => rule.Select(k => k.Select(v => unchecked(v * 0x9E3779B97F4A7C15UL)).ToArray()).ToArray()).ToArray();
            var one = b.Boundary == 0 ? BlockedPairs.Deduplication(Names(spread.Length), spread, b.Cap, keysPerBucket: int.MaxValue) : BlockedPairs.Linkage(Names(spread.Length), spread, b.Boundary, b.Cap, keysPerBucket: int.MaxValue);
            var many = b.Boundary == 0 ? BlockedPairs.Deduplication(Names(spread.Length), spread, b.Cap, keysPerBucket: 1) : BlockedPairs.Linkage(Names(spread.Length), spread, b.Boundary, b.Cap, keysPerBucket: 1);
            var fromOne = new List<(int, int)>();
            var fromMany = new List<(int, int)>();
            var reference = new List<(int, int)>();
            one.ForEachPair((i, j) => fromOne.Add((i, j)));
            many.ForEachPair((i, j) => fromMany.Add((i, j)));
            many.ForEachPairReference((i, j) => reference.Add((i, j)));
            var n = b.Keys[0].Length;
            var expected = (from i in Enumerable.Range(0, n) from j in Enumerable.Range(i + 1, n - i - 1) where Oracle(spread, b.Cap, b.Boundary, i, j) select (i, j)).ToHashSet();
            return fromMany.SequenceEqual(fromOne) && fromMany.SequenceEqual(reference) && expected.SetEquals(fromMany) && many.Report.Rules.SequenceEqual(one.Report.Rules) && many.PairCount == one.PairCount;
        });
    }

    [Property]
    public Property ForEachPair_AnyKeys_SameSequenceAsTheDefinitionPairByPair()
    {
        return Prop.ForAll(Blocking, b =>
        {
            var blocked = Make(b.Keys, b.Cap, b.Boundary);
            var fast = new List<(int, int)>();
            var reference = new List<(int, int)>();
            blocked.ForEachPair((i, j) => fast.Add((i, j)));
            blocked.ForEachPairReference((i, j) => reference.Add((i, j)));
            return fast.SequenceEqual(reference);
        });
    }

    [Property]
    public Property Report_AnyKeys_CountsEachRulesPairsAndCappedBlocks()
    {
        // Deduplication and linkage: a key's group of records (each record once) is a block when it holds pairs (in a
        // linkage, across the sources) within the cap, and capped over it; the largest group counts singletons too.
        return Prop.ForAll(Blocking, b =>
        {
            var blocked = Make(b.Keys, b.Cap, b.Boundary);
            return b.Keys.Select((k, r) =>
            {
                var groups = k.SelectMany((keys, i) => keys.Distinct().Select(key => (Key: key, Record: i)))
                    .GroupBy(t => t.Key)
                    .Select(g => (Size: (long)g.Count(), Left: (long)g.Count(t => t.Record < b.Boundary)))
                    .ToArray();
                long PairsOf((long Size, long Left) g) => b.Boundary == 0 ? g.Size * (g.Size - 1) / 2 : g.Left * (g.Size - g.Left);
                var report = blocked.Report.Rules[r];
                return report.Pairs == groups.Where(g => g.Size <= b.Cap).Sum(PairsOf)
                    && report.Blocks == groups.Count(g => g.Size >= 2 && g.Size <= b.Cap && PairsOf(g) > 0)
                    && report.CappedBlocks == groups.Count(g => g.Size > b.Cap)
                    && report.CappedRecords == groups.Where(g => g.Size > b.Cap).Sum(g => g.Size)
                    && report.CappedPairs == groups.Where(g => g.Size > b.Cap).Sum(PairsOf)
                    && report.LargestBlock == (groups.Length == 0 ? 0 : groups.Max(g => g.Size))
                    && report.KeyedRecords == k.Count(x => x.Length > 0);
            }).All(x => x);
        });
    }

    [Fact]
    public void Score_SeveralWorkUnitsWithPairsFormedEarlier_ComparesEachCandidateOnce()
    {
        // 600 records: rule 0 puts them in two blocks of 300 (44,850 pairs each, so the second block starts a work
        // unit of its own); rule 1 pairs i with i + 100 and i + 300 in blocks of six, most of whose pairs rule 0 formed.
        var first = Enumerable.Range(0, 600).Select(i => new[] { (ulong)(i / 300) }).ToArray();
        var second = Enumerable.Range(0, 600).Select(i => new[] { (ulong)(1_000 + (i % 100)) }).ToArray();
        var blocked = BlockedPairs.Deduplication(["half", "residue"], [first, second], 1_000);
        var expected = new HashSet<(int, int)>();
        for (var i = 0; i < 600; i++)
        {
            for (var j = i + 1; j < 600; j++)
            {
                if (i / 300 == j / 300 || i % 100 == j % 100)
                {
                    expected.Add((i, j));
                }
            }
        }

        var visited = new List<(int, int)>();
        blocked.ForEachPair((i, j) => visited.Add((i, j)));
        var scored = blocked.Score(default(ArithmeticScorer), -1_000);
        Assert.Equal(expected.Count, blocked.PairCount);
        Assert.Equal(expected.Count, visited.Count);
        Assert.True(expected.SetEquals(visited));
        Assert.Equal(expected.Count, scored.PairsCompared);
        Assert.True(expected.SetEquals(scored.Edges.Select(e => (e.Left, e.Right))));
    }

    [Property]
    public Property Score_AnyKeys_EqualsSequentialScoringAndIgnoresThreadCount()
    {
        return Prop.ForAll(Blocking, b =>
        {
            var blocked = Make(b.Keys, b.Cap, b.Boundary);
            var expected = new List<(int, int, double)>();
            blocked.ForEachPair((i, j) =>
            {
                var w = default(ArithmeticScorer).Weight(i, j);
                if (w >= 0)
                {
                    expected.Add((i, j, w));
                }
            });
            var parallel = blocked.Score(default(ArithmeticScorer), 0);
            var single = blocked.Score(default(ArithmeticScorer), 0, maxDegreeOfParallelism: 1);
            return parallel.Edges.Select(e => (e.Left, e.Right, e.Weight)).SequenceEqual(expected.OrderBy(e => e.Item1).ThenBy(e => e.Item2))
                && parallel.Edges.SequenceEqual(single.Edges) && parallel.PairsCompared == blocked.PairCount;
        });
    }

    [Fact]
    public void Score_ManyBlocks_ReportsProgressUpToThePairCount()
    {
        var keys = new[] { Enumerable.Range(0, 40_000).Select(i => new[] { (ulong)(1 + (i / 10)) }).ToArray() };
        var blocked = BlockedPairs.Deduplication(["year"], keys, 100);
        var last = 0L;
        var progress = new SynchronousProgress(v => Interlocked.Exchange(ref last, Math.Max(Interlocked.Read(ref last), v)));
        var result = blocked.Score(default(ArithmeticScorer), 100, progress: progress);
        Assert.Equal(180_000, blocked.PairCount);
        Assert.Equal(180_000, result.PairsCompared);
        Assert.Equal(180_000, Interlocked.Read(ref last));
    }

    [Fact]
    public void Score_Cancelled_ThrowsOperationCanceled()
    {
        var blocked = BlockedPairs.Deduplication(["k"], [[[1], [1], [1]]], 5);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => blocked.Score(default(ArithmeticScorer), 0, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Deduplication_OversizedBlock_IsReportedNotCompared()
    {
        ulong[][][] keys = [[[7], [7], [7], [7], [2], [2]], [[], [5], [], [5], [], []]];
        var blocked = BlockedPairs.Deduplication(["surname + year", "first name + date"], keys, 3);
        Assert.Equal(2, blocked.PairCount);
        Assert.Equal(new BlockingRuleReport("surname + year", 6, 1, 1, 1, 1, 4, 6, 4), blocked.Report.Rules[0]);
        Assert.Equal(new BlockingRuleReport("first name + date", 2, 1, 1, 1, 0, 0, 0, 2), blocked.Report.Rules[1]);
        Assert.Equal(1, blocked.Report.CappedBlocks);
    }

    [Fact]
    public void Deduplication_KeyArraysOfDifferentLengths_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => BlockedPairs.Deduplication(["a", "b"], [[[1], [1]], [[1]]], 5));
        Assert.Contains("rule 1 ('b') has keys for 1 records", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ZeroThreads_ThrowsNamingTheArgument()
    {
        var blocked = BlockedPairs.Deduplication(["k"], [[[1], [1]]], 5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => blocked.Score(default(ArithmeticScorer), 0, maxDegreeOfParallelism: 0));
        Assert.Contains("maxDegreeOfParallelism", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A pure test scorer: a weight from -10 to 20 derived from the indexes.</summary>
    internal readonly struct ArithmeticScorer : IPairScorer
    {
        public double Weight(int left, int right) => (((left * 7) + (right * 13)) % 31) - 10;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
