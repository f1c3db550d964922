using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Clustering;

namespace Justice.Domain.Identity.Scale;

/// <summary>
/// <i>Paires candidates</i>: the pairs of records that share a key under at least one blocking rule, each pair
/// once, with per-rule counts and the blocks left out by the size cap; and their parallel scoring.
/// </summary>
/// <remarks>
/// <para>Input: for each rule, one 64-bit key per record (0 = the record has no key for this rule, for
/// instance an unknown birth date). Each rule's records are sorted by key once, so a block is a run of the
/// sorted array: no per-block allocation, 4 bytes per record and rule besides the 8-byte keys.</para>
/// <para>Union without a hash set: a pair formed by rule r is skipped when an earlier rule r′ &lt; r gives both
/// records the same key in a block within the cap, because r′ formed it already. This makes pairs unique at
/// O(rules) cost per pair and lets blocks be scored independently, in parallel.</para>
/// <para>Blocks larger than the cap (very common names born the same year) are not compared by that rule and
/// are reported in <see cref="Report"/>; their pairs can still be formed by another rule, and
/// <see cref="BlockingAnalysis"/> measures on labelled data how many true pairs the cap really loses.</para>
/// <para>Linkage: with a <c>linkBoundary</c> b, records 0..b−1 are the first source and b..n−1 the second, and
/// only pairs across the two sources are formed.</para>
/// <para>Thread safety: immutable once built; <see cref="Score{TScorer}"/> may run from several threads.</para>
/// </remarks>
public sealed class BlockedPairs
{
    /// <summary>The pairs a scoring work unit holds at most (a block is never split), so that threads balance.</summary>
    private const long PairsPerWorkUnit = 32_768;

    private readonly ulong[][] keys;
    private readonly HashSet<ulong>[] cappedKeys;
    private readonly int[][] members;
    private readonly Block[] blocks;
    private readonly int[] workUnitStarts;
    private readonly int linkBoundary;

    private BlockedPairs(ulong[][] keys, HashSet<ulong>[] cappedKeys, int[][] members, Block[] blocks, int linkBoundary, BlockingReport report)
    {
        this.keys = keys;
        this.cappedKeys = cappedKeys;
        this.members = members;
        this.blocks = blocks;
        this.linkBoundary = linkBoundary;
        Report = report;
        var starts = new List<int> { 0 };
        long pairs = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            pairs += blocks[b].Pairs;
            if (pairs >= PairsPerWorkUnit && b + 1 < blocks.Length)
            {
                starts.Add(b + 1);
                pairs = 0;
            }
        }

        starts.Add(blocks.Length);
        workUnitStarts = [.. starts];
    }

    /// <summary>Gets the number of records blocked.</summary>
    public int RecordCount => Report.RecordCount;

    /// <summary>Gets the counts per rule, the distinct pairs and the capped blocks.</summary>
    public BlockingReport Report { get; }

    /// <summary>Gets the number of distinct pairs <see cref="Score{TScorer}"/> compares.</summary>
    public long PairCount => Report.DistinctPairs;

    /// <summary>Blocks the records of one dataset (deduplication). O(rules · n log n + rules² · pairs).</summary>
    /// <param name="rules">The rules' descriptions, one per key array.</param>
    /// <param name="keysByRule">For each rule, one key per record (0 = no key).</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <returns>The candidate pairs.</returns>
    public static BlockedPairs Deduplication(IReadOnlyList<string> rules, IReadOnlyList<ulong[]> keysByRule, int maxBlockSize) =>
        Build(rules, keysByRule, maxBlockSize, 0);

    /// <summary>Blocks two datasets for linkage: records 0..<paramref name="leftCount"/>−1 are the first source.</summary>
    /// <param name="rules">The rules' descriptions, one per key array.</param>
    /// <param name="keysByRule">For each rule, one key per record of both sources, first source first (0 = no key).</param>
    /// <param name="leftCount">Number of records of the first source.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more), counting both sources.</param>
    /// <returns>The candidate pairs, each with a left record below <paramref name="leftCount"/>.</returns>
    public static BlockedPairs Linkage(IReadOnlyList<string> rules, IReadOnlyList<ulong[]> keysByRule, int leftCount, int maxBlockSize)
    {
        Guard.NotNegative(leftCount);
        return Build(rules, keysByRule, maxBlockSize, leftCount);
    }

    /// <summary>
    /// Scores every candidate pair on all cores and keeps those whose weight reaches <paramref name="minWeight"/>.
    /// The result does not depend on the number of threads. O(pairs · scorer cost / cores).
    /// </summary>
    /// <typeparam name="TScorer">The scorer; a struct for speed, pure and thread-safe.</typeparam>
    /// <param name="scorer">The scorer.</param>
    /// <param name="minWeight">The lowest weight kept (usually the review threshold).</param>
    /// <param name="maxDegreeOfParallelism">Threads at most (−1 for all cores).</param>
    /// <param name="progress">Receives the running count of pairs compared, after each work unit; may be null.</param>
    /// <param name="cancellationToken">Stops the run between work units (then throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The pairs kept, in canonical order.</returns>
    public BulkScoring Score<TScorer>(TScorer scorer, double minWeight, int maxDegreeOfParallelism = -1, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
        where TScorer : IPairScorer
    {
        Guard.Finite(minWeight);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw Guard.OutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "-1 (all cores) or 1 or more");
        }

        var units = workUnitStarts.Length - 1;
        var results = new List<ScoredEdge>[units];
        long compared = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, units, options, unit =>
        {
            var kept = new List<ScoredEdge>();
            long count = 0;
            for (var b = workUnitStarts[unit]; b < workUnitStarts[unit + 1]; b++)
            {
                count += ScoreBlock(blocks[b], ref scorer, minWeight, kept);
            }

            results[unit] = kept;
            var total = Interlocked.Add(ref compared, count);
            progress?.Report(total);
        });

        var edges = new List<ScoredEdge>(results.Sum(r => r.Count));
        foreach (var r in results)
        {
            edges.AddRange(r);
        }

        edges.Sort(static (x, y) => x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right));
        return new BulkScoring(edges, compared);
    }

    /// <summary>Calls <paramref name="visit"/> on every candidate pair once (left &lt; right), sequentially, in block order.</summary>
    /// <param name="visit">Receives the two record indexes.</param>
    public void ForEachPair(Action<int, int> visit)
    {
        Guard.NotNull(visit);
        foreach (var block in blocks)
        {
            VisitBlock(block, visit);
        }
    }

    /// <summary>Whether some rule forms the pair (the two records share a key in a block within the cap).</summary>
    /// <param name="first">Index of a record.</param>
    /// <param name="second">Index of another record.</param>
    /// <returns><see langword="true"/> when the pair is a candidate.</returns>
    public bool IsCandidate(int first, int second)
    {
        Guard.InRange(first, 0, RecordCount - 1);
        Guard.InRange(second, 0, RecordCount - 1);
        if (first == second || (linkBoundary > 0 && (first < linkBoundary) == (second < linkBoundary)))
        {
            return false;
        }

        return FormedBefore(keys.Length, first, second);
    }

    /// <summary>Whether rule <paramref name="rule"/> alone puts both records in one block (capped or not).</summary>
    internal bool SameKey(int rule, int first, int second)
    {
        var k = keys[rule][first];
        return k != 0 && k == keys[rule][second];
    }

    /// <summary>Whether the key of a rule names a block left out by the cap.</summary>
    internal bool IsCapped(int rule, ulong key) => cappedKeys[rule].Contains(key);

    /// <summary>Gets the key of a record under a rule (0 = none).</summary>
    internal ulong KeyOf(int rule, int record) => keys[rule][record];

    /// <summary>Gets the number of rules.</summary>
    internal int RuleCount => keys.Length;

    /// <summary>Gets the boundary between the two sources of a linkage (0 for deduplication).</summary>
    internal int LinkBoundary => linkBoundary;

    private static BlockedPairs Build(IReadOnlyList<string> rules, IReadOnlyList<ulong[]> keysByRule, int maxBlockSize, int linkBoundary)
    {
        Guard.NotNull(rules);
        Guard.NotNull(keysByRule);
        Guard.InRange(maxBlockSize, 2, int.MaxValue);
        if (rules.Count != keysByRule.Count || rules.Count == 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"keysByRule: {keysByRule.Count} key arrays for {rules.Count} rules; give one array per rule, at least one rule."), nameof(keysByRule));
        }

        var n = Guard.NotNull(keysByRule[0], "keysByRule[0]").Length;
        for (var r = 0; r < keysByRule.Count; r++)
        {
            if (Guard.NotNull(keysByRule[r], "keysByRule[r]").Length != n)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"keysByRule: rule {r} ('{rules[r]}') has {keysByRule[r].Length} keys, rule 0 has {n}; give one key per record."), nameof(keysByRule));
            }
        }

        if (linkBoundary > n)
        {
            throw Guard.OutOfRange("leftCount", linkBoundary, string.Create(CultureInfo.InvariantCulture, $"at most the {n} records"));
        }

        var keys = keysByRule.ToArray();
        var ruleCount = keys.Length;
        var members = new int[ruleCount][];
        var runs = new List<(int Start, int Length, int Left)>[ruleCount];
        var cappedKeys = new HashSet<ulong>[ruleCount];
        var partial = new (int Keyed, int Blocks, long Pairs, int Capped, long CappedRecords, long CappedPairs, int Largest)[ruleCount];
        Parallel.For(0, ruleCount, r =>
        {
            (members[r], runs[r], cappedKeys[r], partial[r]) = SortRule(keys[r], maxBlockSize, linkBoundary);
        });

        // Flat block list, rule by rule; then count each rule's new pairs with the earlier-rule test.
        var blockList = new List<Block>();
        for (var r = 0; r < ruleCount; r++)
        {
            foreach (var (start, length, left) in runs[r])
            {
                var pairs = linkBoundary > 0 ? (long)left * (length - left) : (long)length * (length - 1) / 2;
                if (pairs > 0)
                {
                    blockList.Add(new Block(r, start, length, left, pairs));
                }
            }
        }

        var blocks = blockList.ToArray();
        var draft = new BlockedPairs(keys, cappedKeys, members, blocks, linkBoundary, new BlockingReport(n, maxBlockSize, 0, []));
        var newPairs = new long[ruleCount];
        Parallel.For(0, ruleCount, r =>
        {
            long fresh = 0;
            foreach (var block in blocks)
            {
                if (block.Rule == r)
                {
                    draft.VisitBlock(block, (_, _) => fresh++);
                }
            }

            newPairs[r] = fresh;
        });

        var reports = new BlockingRuleReport[ruleCount];
        for (var r = 0; r < ruleCount; r++)
        {
            var p = partial[r];
            reports[r] = new BlockingRuleReport(rules[r], p.Keyed, p.Blocks, p.Pairs, newPairs[r], p.Capped, p.CappedRecords, p.CappedPairs, p.Largest);
        }

        return new BlockedPairs(keys, cappedKeys, members, blocks, linkBoundary, new BlockingReport(n, maxBlockSize, newPairs.Sum(), reports));
    }

    private static (int[] Members, List<(int, int, int)> Runs, HashSet<ulong> Capped, (int, int, long, int, long, long, int) Counts) SortRule(ulong[] ruleKeys, int maxBlockSize, int linkBoundary)
    {
        var keyed = 0;
        foreach (var k in ruleKeys)
        {
            keyed += k != 0 ? 1 : 0;
        }

        var sortedKeys = new ulong[keyed];
        var order = new int[keyed];
        for (int i = 0, m = 0; i < ruleKeys.Length; i++)
        {
            if (ruleKeys[i] != 0)
            {
                sortedKeys[m] = ruleKeys[i];
                order[m++] = i;
            }
        }

        Array.Sort(sortedKeys, order);
        var runs = new List<(int, int, int)>();
        var capped = new HashSet<ulong>();
        int blockCount = 0, cappedCount = 0, largest = 0;
        long pairs = 0, cappedRecords = 0, cappedPairs = 0;
        for (var start = 0; start < keyed;)
        {
            var end = start + 1;
            while (end < keyed && sortedKeys[end] == sortedKeys[start])
            {
                end++;
            }

            var length = end - start;
            largest = Math.Max(largest, length);
            if (length >= 2)
            {
                // Sorting members by index makes the first source come first in a linkage block, and the order canonical.
                Array.Sort(order, start, length);
                var left = 0;
                while (linkBoundary > 0 && left < length && order[start + left] < linkBoundary)
                {
                    left++;
                }

                var blockPairs = linkBoundary > 0 ? (long)left * (length - left) : (long)length * (length - 1) / 2;
                if (length > maxBlockSize)
                {
                    capped.Add(sortedKeys[start]);
                    cappedCount++;
                    cappedRecords += length;
                    cappedPairs += blockPairs;
                }
                else if (blockPairs > 0)
                {
                    blockCount++;
                    pairs += blockPairs;
                    runs.Add((start, length, left));
                }
            }

            start = end;
        }

        return (order, runs, capped, (keyed, blockCount, pairs, cappedCount, cappedRecords, cappedPairs, largest));
    }

    /// <summary>Whether a rule before <paramref name="rule"/> forms the pair (same key, block within the cap).</summary>
    private bool FormedBefore(int rule, int i, int j)
    {
        for (var r = 0; r < rule; r++)
        {
            var k = keys[r][i];
            if (k != 0 && k == keys[r][j] && (cappedKeys[r].Count == 0 || !cappedKeys[r].Contains(k)))
            {
                return true;
            }
        }

        return false;
    }

    private void VisitBlock(Block block, Action<int, int> visit)
    {
        var m = members[block.Rule];
        if (linkBoundary > 0)
        {
            for (var x = block.Start; x < block.Start + block.Left; x++)
            {
                for (var y = block.Start + block.Left; y < block.Start + block.Length; y++)
                {
                    if (!FormedBefore(block.Rule, m[x], m[y]))
                    {
                        visit(m[x], m[y]);
                    }
                }
            }

            return;
        }

        for (var x = block.Start; x < block.Start + block.Length; x++)
        {
            for (var y = x + 1; y < block.Start + block.Length; y++)
            {
                if (!FormedBefore(block.Rule, m[x], m[y]))
                {
                    visit(m[x], m[y]);
                }
            }
        }
    }

    private long ScoreBlock<TScorer>(Block block, ref TScorer scorer, double minWeight, List<ScoredEdge> kept)
        where TScorer : IPairScorer
    {
        var m = members[block.Rule];
        long count = 0;
        var end = block.Start + block.Length;
        var firstEnd = linkBoundary > 0 ? block.Start + block.Left : end;
        for (var x = block.Start; x < firstEnd; x++)
        {
            var i = m[x];
            for (var y = linkBoundary > 0 ? firstEnd : x + 1; y < end; y++)
            {
                var j = m[y];
                if (FormedBefore(block.Rule, i, j))
                {
                    continue;
                }

                count++;
                var w = scorer.Weight(i, j);
                if (w >= minWeight)
                {
                    kept.Add(new ScoredEdge(i, j, w));
                }
            }
        }

        return count;
    }

    private readonly record struct Block(int Rule, int Start, int Length, int Left, long Pairs);
}
