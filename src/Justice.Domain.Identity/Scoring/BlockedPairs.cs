using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Paires candidates</i>: the pairs of records that share a key under at least one blocking rule, each pair
/// once, with per-rule counts and the blocks left out by the size cap; and their parallel scoring.
/// </summary>
/// <remarks>
/// <para>Input: for each rule and record, the record's keys under that rule (none when a field the rule needs
/// is missing; several when the record has, say, a birth and a usage surname). All the keys are sorted once by
/// (rule, key) in a parallel bucket sort (<see cref="KeyBuckets"/>), so a block is a run of equal keys: the blocks are
/// kept with their members (4 bytes per member and 24 per block), the other runs are dropped, a block whose members
/// are exactly an earlier block's is dropped too (<see cref="RepeatedBlocks"/>: it forms no pair of its own), and the
/// per-record (rule, key) table keeps 9 bytes per key.</para>
/// <para>Union without a hash set: (rule, key) pairs are ordered; a pair of records is formed only by the first
/// (rule, key) they share in a block within the cap. Deciding it needs only the two records' keys, so pairs are
/// unique at O(keys per record) cost and blocks can be scored independently: in parallel, or on other machines.</para>
/// <para>Blocks larger than the cap (very common names born the same year) are not compared under that key and
/// are reported in <see cref="Report"/>; their pairs can still be formed by another rule, and
/// <see cref="BlockingAnalysis"/> measures on labelled data how many true pairs the cap really loses.</para>
/// <para>Linkage: with a link boundary b, records 0..b−1 are the first source and b..n−1 the second, and only
/// pairs across the two sources are formed.</para>
/// <para>Thread safety: immutable once built; <see cref="Score{TScorer}"/> may run from several threads.</para>
/// </remarks>
public sealed class BlockedPairs
{
    /// <summary>The pairs a scoring work unit holds at least (a block is never split), so that threads balance.</summary>
    private const long PairsPerWorkUnit = 32_768;

    /// <summary>The keys a bucket of the blocking sort holds on average: a bucket's keys and records fit in a core's cache.</summary>
    private const int DefaultKeysPerBucket = 1024;

    private readonly int[] recordStarts;
    private readonly byte[] recordRules;
    private readonly ulong[] recordKeys;
    private readonly HashSet<ulong>[] cappedKeys;
    private readonly int[] members;
    private readonly CandidateBlock[] blocks;
    private readonly int[] workUnitStarts;

    /// <summary>The number of each work unit's first pair in <see cref="formed"/>.</summary>
    private readonly long[] workUnitFirstPairs;
    private readonly int linkBoundary;

    /// <summary>For each pair of each block, in block order: whether the block forms it.</summary>
    private readonly bool[] formed;

    private BlockedPairs(int[] recordStarts, byte[] recordRules, ulong[] recordKeys, HashSet<ulong>[] cappedKeys, int[] members, CandidateBlock[] blocks, int linkBoundary)
    {
        this.recordStarts = recordStarts;
        this.recordRules = recordRules;
        this.recordKeys = recordKeys;
        this.cappedKeys = cappedKeys;
        this.members = members;
        this.blocks = blocks;
        this.linkBoundary = linkBoundary;
        Report = new BlockingReport(recordStarts.Length - 1, 0, 0, []);
        var starts = new List<int> { 0 };
        var firsts = new List<long> { 0 };
        long pairs = 0;
        long all = 0;
        for (var b = 0; b < blocks.Length; b++)
        {
            var blockPairs = blocks[b].Pairs(linkBoundary);
            pairs += blockPairs;
            all += blockPairs;
            if (pairs >= PairsPerWorkUnit && b + 1 < blocks.Length)
            {
                starts.Add(b + 1);
                firsts.Add(all);
                pairs = 0;
            }
        }

        starts.Add(blocks.Length);
        workUnitStarts = [.. starts];
        workUnitFirstPairs = [.. firsts];
        formed = new bool[all];
    }

    /// <summary>Gets the number of records blocked.</summary>
    public int RecordCount => recordStarts.Length - 1;

    /// <summary>Gets the counts per rule, the distinct pairs and the capped blocks.</summary>
    public BlockingReport Report { get; private set; }

    /// <summary>Gets the number of distinct pairs <see cref="Score{TScorer}"/> compares.</summary>
    public long PairCount => Report.DistinctPairs;

    /// <summary>Gets the number of rules.</summary>
    internal int RuleCount => cappedKeys.Length;

    /// <summary>Gets the boundary between the two sources of a linkage (0 for deduplication).</summary>
    internal int LinkBoundary => linkBoundary;

    /// <summary>Blocks the records of one dataset (deduplication). O(keys · log keys + pairs · keys per record).</summary>
    /// <param name="rules">The rules' descriptions, one per key table.</param>
    /// <param name="keysByRule">For each rule, for each record, its keys under the rule (null or empty: none).</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <param name="keysPerBucket">The keys a bucket of the blocking sort holds on average (see <see cref="Build"/>).</param>
    /// <returns>The candidate pairs.</returns>
    internal static BlockedPairs Deduplication(IReadOnlyList<string> rules, IReadOnlyList<ulong[]?[]> keysByRule, int maxBlockSize, int keysPerBucket = DefaultKeysPerBucket) =>
        FromTables(rules, keysByRule, maxBlockSize, 0, keysPerBucket);

    /// <summary>Blocks two datasets for linkage: records 0..<paramref name="leftCount"/>−1 are the first source.</summary>
    /// <param name="rules">The rules' descriptions, one per key table.</param>
    /// <param name="keysByRule">For each rule, for each record of both sources (first source first), its keys.</param>
    /// <param name="leftCount">Number of records of the first source.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more), counting both sources.</param>
    /// <param name="keysPerBucket">The keys a bucket of the blocking sort holds on average (see <see cref="Build"/>).</param>
    /// <returns>The candidate pairs, each with its left record below <paramref name="leftCount"/>.</returns>
    internal static BlockedPairs Linkage(IReadOnlyList<string> rules, IReadOnlyList<ulong[]?[]> keysByRule, int leftCount, int maxBlockSize, int keysPerBucket = DefaultKeysPerBucket)
    {
        Guard.NotNegative(leftCount);
        return FromTables(rules, keysByRule, maxBlockSize, leftCount, keysPerBucket);
    }

    /// <summary>
    /// Scores every candidate pair on all cores and keeps those whose weight reaches <paramref name="minWeight"/>.
    /// The result does not depend on the number of threads. O(pairs · scorer cost / cores).
    /// </summary>
    /// <typeparam name="TScorer">The scorer; a struct for speed, pure and thread-safe.</typeparam>
    /// <param name="scorer">The scorer (in a linkage, the right record's index counts from 0 over both sources).</param>
    /// <param name="minWeight">The lowest weight kept (usually the review threshold).</param>
    /// <param name="maxDegreeOfParallelism">Threads at most (−1 for all cores).</param>
    /// <param name="progress">Receives the running count of pairs compared, after each work unit; may be null.</param>
    /// <param name="cancellationToken">Stops the run between work units (then throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The pairs kept, in canonical order.</returns>
    internal BulkScoring Score<TScorer>(TScorer scorer, double minWeight, int maxDegreeOfParallelism = -1, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
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
            var local = scorer;
            var p = workUnitFirstPairs[unit];
            for (var b = workUnitStarts[unit]; b < workUnitStarts[unit + 1]; b++)
            {
                count += ScoreBlock(blocks[b], ref p, ref local, minWeight, kept);
            }

            results[unit] = kept;
            var total = Interlocked.Add(ref compared, count);
            progress?.Report(total);
        });

        // Canonical order, sorted on one 64-bit key per edge (left, then right: each pair is scored once, so the keys
        // are distinct and the order is total).
        var total = results.Sum(r => r.Count);
        var order = new ulong[total];
        var sorted = new ScoredEdge[total];
        var at = 0;
        foreach (var r in results)
        {
            foreach (var edge in r)
            {
                order[at] = ((ulong)(uint)edge.Left << 32) | (uint)edge.Right;
                sorted[at++] = edge;
            }
        }

        Array.Sort(order, sorted);
        return new BulkScoring(sorted, compared);
    }

    /// <summary>Calls <paramref name="visit"/> on every candidate pair once (left &lt; right), sequentially, in block order.</summary>
    /// <param name="visit">Receives the two record indexes.</param>
    internal void ForEachPair(Action<int, int> visit)
    {
        Guard.NotNull(visit);
        long p = 0;
        foreach (var block in blocks)
        {
            var end = block.Start + block.Length;
            var firstEnd = linkBoundary > 0 ? block.Start + block.Left : end;
            for (var x = block.Start; x < firstEnd; x++)
            {
                for (var y = linkBoundary > 0 ? firstEnd : x + 1; y < end; y++)
                {
                    if (formed[p++])
                    {
                        visit(members[x], members[y]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// <see cref="ForEachPair"/> as the definition gives it: a block forms a pair unless the two records share an
    /// uncapped (rule, key) ordered before the block's. The oracle of the per-pair marks the blocking computes once.
    /// </summary>
    /// <param name="visit">Receives the two record indexes.</param>
    internal void ForEachPairReference(Action<int, int> visit)
    {
        foreach (var block in blocks)
        {
            VisitBlock(block, visit);
        }
    }

    /// <summary>Whether some rule forms the pair (the two records share a key in a block within the cap).</summary>
    /// <param name="first">Index of a record.</param>
    /// <param name="second">Index of another record.</param>
    /// <returns><see langword="true"/> when the pair is a candidate.</returns>
    internal bool IsCandidate(int first, int second)
    {
        Guard.InRange(first, 0, RecordCount - 1);
        Guard.InRange(second, 0, RecordCount - 1);
        if (first == second || (linkBoundary > 0 && (first < linkBoundary) == (second < linkBoundary)))
        {
            return false;
        }

        return FormedBefore(byte.MaxValue, ulong.MaxValue, first, second, inclusive: true);
    }

    /// <summary>How rule <paramref name="rule"/> relates two records: 0 no shared key, 1 shared keys all capped, 2 a shared key within the cap.</summary>
    internal int Relation(int rule, int first, int second)
    {
        var result = 0;
        for (var a = recordStarts[first]; a < recordStarts[first + 1]; a++)
        {
            if (recordRules[a] != rule || !Has(second, recordRules[a], recordKeys[a]))
            {
                continue;
            }

            if (!cappedKeys[rule].Contains(recordKeys[a]))
            {
                return 2;
            }

            result = 1;
        }

        return result;
    }

    /// <summary>Builds from per-record key lists already sorted by (rule, key) and distinct (the core factory).</summary>
    /// <remarks>
    /// All the keys are sorted in one parallel bucket sort, not rule by rule: one pass counts the keys of each bucket
    /// (a rule and a range of its keys, so that buckets follow the (rule, key) order), one pass scatters them, and each
    /// bucket is sorted on its own. A run of equal keys never crosses a bucket, so the buckets' runs are read on all
    /// cores too, and only the runs that are blocks (two records or more within the cap, and in a linkage at least one of
    /// each source) are kept, with their members.
    /// The blocks, and so the pairs, come in the same (rule, key) order whatever the buckets.
    /// </remarks>
    /// <param name="rules">The rules' descriptions.</param>
    /// <param name="recordStarts">Where each record's keys start in <paramref name="recordKeys"/>, and their end.</param>
    /// <param name="recordRules">Each key's 0-based rule.</param>
    /// <param name="recordKeys">Each record's keys, sorted by (rule, key) and distinct.</param>
    /// <param name="maxBlockSize">The largest block compared.</param>
    /// <param name="linkBoundary">The first record of the second source of a linkage (0: deduplication).</param>
    /// <param name="ruleCaps">Each rule's own cap (at most <paramref name="maxBlockSize"/>), or null for the one cap.</param>
    /// <param name="keysPerBucket">The keys a bucket of the sort holds on average (small in tests, so that keys spread over many buckets).</param>
    internal static BlockedPairs Build(IReadOnlyList<string> rules, int[] recordStarts, byte[] recordRules, ulong[] recordKeys, int maxBlockSize, int linkBoundary, IReadOnlyList<int>? ruleCaps = null, int keysPerBucket = DefaultKeysPerBucket)
    {
        var n = recordStarts.Length - 1;
        if (linkBoundary > n)
        {
            throw Guard.OutOfRange("leftCount", linkBoundary, string.Create(CultureInfo.InvariantCulture, $"at most the {n} records"));
        }

        Guard.InRange(keysPerBucket, 1, int.MaxValue);
        var ruleCount = rules.Count;
        var caps = Enumerable.Range(0, ruleCount).Select(r => ruleCaps?[r] ?? maxBlockSize).ToArray();
        var (blocks, members, counts, bucketRules, keyed) = Blocks(ruleCount, recordStarts, recordRules, recordKeys, caps, linkBoundary, keysPerBucket);

        var cappedKeys = new HashSet<ulong>[ruleCount];
        var partial = new (int Blocks, long Pairs, int Capped, long CappedRecords, long CappedPairs, int Largest)[ruleCount];
        for (var r = 0; r < ruleCount; r++)
        {
            cappedKeys[r] = [];
        }

        for (var b = 0; b < counts.Length; b++)
        {
            var r = bucketRules[b];
            var c = counts[b];
            var p = partial[r];
            partial[r] = (p.Blocks + c.Blocks, p.Pairs + c.Pairs, p.Capped + (c.CappedKeys?.Count ?? 0), p.CappedRecords + c.CappedRecords, p.CappedPairs + c.CappedPairs, Math.Max(p.Largest, c.Largest));
            cappedKeys[r].UnionWith(c.CappedKeys ?? []);
        }

        var result = new BlockedPairs(recordStarts, recordRules, recordKeys, cappedKeys, members, blocks, linkBoundary);
        var newPairs = result.MarkFormed(ruleCount);

        var reports = new BlockingRuleReport[ruleCount];
        for (var r = 0; r < ruleCount; r++)
        {
            var p = partial[r];
            reports[r] = new BlockingRuleReport(rules[r], keyed[r], p.Blocks, p.Pairs, newPairs[r], p.Capped, p.CappedRecords, p.CappedPairs, p.Largest);
        }

        result.Report = new BlockingReport(n, maxBlockSize, newPairs.Sum(), reports);
        return result;
    }

    /// <summary>
    /// Sorts the keys (<see cref="KeyBuckets"/>) and keeps the runs that are blocks and do not repeat an earlier block's
    /// members, with their members. The sorted keys and their records, 12 bytes per key, live only in this method.
    /// </summary>
    /// <returns>The blocks in (rule, key) order, their members, each bucket's counts and rule, and each rule's keyed records.</returns>
    private static (CandidateBlock[] Blocks, int[] Members, BucketRuns[] Counts, int[] BucketRules, int[] Keyed) Blocks(int ruleCount, int[] recordStarts, byte[] recordRules, ulong[] recordKeys, int[] caps, int linkBoundary, int keysPerBucket)
    {
        var buckets = KeyBuckets.Of(ruleCount, recordRules, recordKeys, keysPerBucket);
        var (sortedKeys, order, starts, keyed) = buckets.Sort(recordStarts, recordRules, recordKeys);

        // Each bucket's runs read twice on all cores: first to count its blocks (and sort each run's members by record,
        // the canonical order), then to locate them in the sorted records, numbered after the buckets before it.
        var counts = new BucketRuns[buckets.Count];
        Parallel.For(0, buckets.Count, b =>
        {
            var rule = buckets.RuleOf(b);
            counts[b] = BucketRuns.Count(sortedKeys, order, starts[b], starts[b + 1], caps[rule], linkBoundary);
        });

        var blockStarts = new int[buckets.Count + 1];
        for (var b = 0; b < buckets.Count; b++)
        {
            blockStarts[b + 1] = blockStarts[b] + counts[b].Blocks;
        }

        // Where each block's members lie in the sorted records, then the blocks that repeat an earlier block's members
        // (RepeatedBlocks): only the others are written, so that a repeated block never takes room.
        var runStarts = new int[blockStarts[^1]];
        var runLengths = new int[blockStarts[^1]];
        Parallel.For(0, buckets.Count, b =>
        {
            if (counts[b].Blocks > 0)
            {
                BucketRuns.Locate(sortedKeys, order, starts[b], starts[b + 1], caps[buckets.RuleOf(b)], linkBoundary, runStarts, runLengths, blockStarts[b]);
            }
        });

        var repeated = RepeatedBlocks.Find(order, runStarts, runLengths);
        var keptStarts = new int[buckets.Count + 1];
        var memberStarts = new int[buckets.Count + 1];
        for (var b = 0; b < buckets.Count; b++)
        {
            keptStarts[b + 1] = keptStarts[b];
            memberStarts[b + 1] = memberStarts[b];
            for (var block = blockStarts[b]; block < blockStarts[b + 1]; block++)
            {
                if (!repeated[block])
                {
                    keptStarts[b + 1]++;
                    memberStarts[b + 1] += runLengths[block];
                }
            }
        }

        var blocks = new CandidateBlock[keptStarts[^1]];
        var members = new int[memberStarts[^1]];
        Parallel.For(0, buckets.Count, b =>
        {
            var (blockAt, memberAt) = (keptStarts[b], memberStarts[b]);
            for (var block = blockStarts[b]; block < blockStarts[b + 1]; block++)
            {
                if (repeated[block])
                {
                    continue;
                }

                var (start, length) = (runStarts[block], runLengths[block]);
                blocks[blockAt++] = new CandidateBlock((byte)buckets.RuleOf(b), sortedKeys[start], memberAt, length, BucketRuns.LeftOf(order, start, length, linkBoundary));
                Array.Copy(order, start, members, memberAt, length);
                memberAt += length;
            }
        });

        return (blocks, members, counts, [.. Enumerable.Range(0, buckets.Count).Select(buckets.RuleOf)], keyed);
    }

    private static BlockedPairs FromTables(IReadOnlyList<string> rules, IReadOnlyList<ulong[]?[]> keysByRule, int maxBlockSize, int linkBoundary, int keysPerBucket)
    {
        Guard.NotNull(rules);
        Guard.NotNull(keysByRule);
        Guard.InRange(maxBlockSize, 2, int.MaxValue);
        if (rules.Count != keysByRule.Count || rules.Count == 0 || rules.Count > byte.MaxValue)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"keysByRule: {keysByRule.Count} key tables for {rules.Count} rules; give one table per rule, 1 to 254 rules."), nameof(keysByRule));
        }

        var n = Guard.NotNull(keysByRule[0], "keysByRule[0]").Length;
        for (var r = 0; r < keysByRule.Count; r++)
        {
            if (Guard.NotNull(keysByRule[r], "keysByRule[r]").Length != n)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"keysByRule: rule {r} ('{rules[r]}') has keys for {keysByRule[r].Length} records, rule 0 for {n}; give one entry per record."), nameof(keysByRule));
            }
        }

        var starts = new int[n + 1];
        var ruleList = new List<byte>();
        var keyList = new List<ulong>();
        for (var i = 0; i < n; i++)
        {
            for (var r = 0; r < keysByRule.Count; r++)
            {
                foreach (var key in (keysByRule[r][i] ?? []).Distinct().Order())
                {
                    ruleList.Add((byte)r);
                    keyList.Add(key);
                }
            }

            starts[i + 1] = keyList.Count;
        }

        return Build(rules, starts, [.. ruleList], [.. keyList], maxBlockSize, linkBoundary, keysPerBucket: keysPerBucket);
    }

    private bool Has(int record, byte rule, ulong key)
    {
        for (var b = recordStarts[record]; b < recordStarts[record + 1]; b++)
        {
            if (recordRules[b] == rule && recordKeys[b] == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the pair shares an uncapped (rule, key) ordered before (rule, key) (or equal, when inclusive).</summary>
    private bool FormedBefore(byte rule, ulong key, int i, int j, bool inclusive = false) =>
        SharesUncappedKeyBefore(
            recordRules.AsSpan(recordStarts[i], recordStarts[i + 1] - recordStarts[i]),
            recordKeys.AsSpan(recordStarts[i], recordStarts[i + 1] - recordStarts[i]),
            recordRules.AsSpan(recordStarts[j], recordStarts[j + 1] - recordStarts[j]),
            recordKeys.AsSpan(recordStarts[j], recordStarts[j + 1] - recordStarts[j]),
            rule,
            key,
            inclusive,
            cappedKeys);

    /// <summary>
    /// Whether two records share an uncapped (rule, key) ordered before (rule, key) (or equal, when inclusive): the
    /// test that makes a block form a pair only when no earlier (rule, key) forms it. Both records' keys are sorted
    /// by (rule, key), so one merge of the two lists finds the shared ones: O(keys per record). A partitioned store
    /// runs the same test on each partition's blocks.
    /// </summary>
    /// <param name="firstRules">The first record's keys' rules.</param>
    /// <param name="firstKeys">The first record's keys, sorted by (rule, key) and distinct.</param>
    /// <param name="secondRules">The second record's keys' rules.</param>
    /// <param name="secondKeys">The second record's keys, sorted by (rule, key) and distinct.</param>
    /// <param name="rule">The rule of the block.</param>
    /// <param name="key">The key of the block.</param>
    /// <param name="inclusive">Whether (rule, key) itself counts.</param>
    /// <param name="cappedKeys">For each rule, its keys whose blocks are over the cap.</param>
    /// <returns><see langword="true"/> when an earlier uncapped (rule, key) forms the pair.</returns>
    internal static bool SharesUncappedKeyBefore(ReadOnlySpan<byte> firstRules, ReadOnlySpan<ulong> firstKeys, ReadOnlySpan<byte> secondRules, ReadOnlySpan<ulong> secondKeys, byte rule, ulong key, bool inclusive, HashSet<ulong>[] cappedKeys)
    {
        int a = 0, c = 0;
        while (a < firstKeys.Length && c < secondKeys.Length)
        {
            var r = firstRules[a];
            var k = firstKeys[a];
            if (r > rule || (r == rule && (inclusive ? k > key : k >= key)))
            {
                return false;
            }

            var rc = secondRules[c];
            var kc = secondKeys[c];
            if (r < rc || (r == rc && k < kc))
            {
                a++;
            }
            else if (r > rc || k > kc)
            {
                c++;
            }
            else
            {
                if (cappedKeys[r].Count == 0 || !cappedKeys[r].Contains(k))
                {
                    return true;
                }

                a++;
                c++;
            }
        }

        return false;
    }

    private void VisitBlock(CandidateBlock block, Action<int, int> visit)
    {
        var end = block.Start + block.Length;
        var firstEnd = linkBoundary > 0 ? block.Start + block.Left : end;
        for (var x = block.Start; x < firstEnd; x++)
        {
            for (var y = linkBoundary > 0 ? firstEnd : x + 1; y < end; y++)
            {
                if (!FormedBefore(block.Rule, block.Key, members[x], members[y]))
                {
                    visit(members[x], members[y]);
                }
            }
        }
    }

    private long ScoreBlock<TScorer>(CandidateBlock block, ref long p, ref TScorer scorer, double minWeight, List<ScoredEdge> kept)
        where TScorer : IPairScorer
    {
        long count = 0;
        var end = block.Start + block.Length;
        var firstEnd = linkBoundary > 0 ? block.Start + block.Left : end;
        for (var x = block.Start; x < firstEnd; x++)
        {
            var i = members[x];
            for (var y = linkBoundary > 0 ? firstEnd : x + 1; y < end; y++)
            {
                if (!formed[p++])
                {
                    continue;
                }

                var j = members[y];
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

    /// <summary>
    /// Marks, on all cores, the pairs each block forms (not formed by an earlier (rule, key)), and counts them per
    /// rule. Two records share an earlier uncapped (rule, key) exactly when they share an earlier block, since the
    /// blocks are in (rule, key) order and a block left out as repeated has the members of an earlier one: so the test
    /// merges the two records' lists of blocks, a few each, instead of their keys (<see cref="FormedBefore"/>, the
    /// definition, which <see cref="ForEachPairReference"/> applies). Each work unit writes its own blocks' marks, so
    /// the result does not depend on the threads. O(members + block pairs · blocks per record / cores).
    /// </summary>
    private long[] MarkFormed(int ruleCount)
    {
        // Each record's blocks, ascending (the blocks are visited in order).
        var recordBlockStarts = new int[RecordCount + 1];
        foreach (var member in members)
        {
            recordBlockStarts[member + 1]++;
        }

        for (var i = 0; i < RecordCount; i++)
        {
            recordBlockStarts[i + 1] += recordBlockStarts[i];
        }

        var recordBlocks = new int[members.Length];
        var next = recordBlockStarts[..^1];
        for (var b = 0; b < blocks.Length; b++)
        {
            for (var x = blocks[b].Start; x < blocks[b].Start + blocks[b].Length; x++)
            {
                recordBlocks[next[members[x]]++] = b;
            }
        }

        var units = workUnitStarts.Length - 1;
        var perUnit = new long[units][];
        Parallel.For(0, units, unit =>
        {
            var counts = new long[ruleCount];
            var p = workUnitFirstPairs[unit];
            for (var b = workUnitStarts[unit]; b < workUnitStarts[unit + 1]; b++)
            {
                var block = blocks[b];
                long fresh = 0;
                var end = block.Start + block.Length;
                var firstEnd = linkBoundary > 0 ? block.Start + block.Left : end;
                for (var x = block.Start; x < firstEnd; x++)
                {
                    for (var y = linkBoundary > 0 ? firstEnd : x + 1; y < end; y++)
                    {
                        var isNew = !SharesBlockBefore(recordBlocks, recordBlockStarts, members[x], members[y], b);
                        formed[p++] = isNew;
                        fresh += isNew ? 1 : 0;
                    }
                }

                counts[block.Rule] += fresh;
            }

            perUnit[unit] = counts;
        });

        var total = new long[ruleCount];
        foreach (var counts in perUnit)
        {
            for (var r = 0; r < ruleCount; r++)
            {
                total[r] += counts[r];
            }
        }

        return total;
    }

    /// <summary>Whether records <paramref name="i"/> and <paramref name="j"/> are both in a block before <paramref name="block"/>: one merge of their ascending lists of blocks.</summary>
    private static bool SharesBlockBefore(int[] recordBlocks, int[] recordBlockStarts, int i, int j, int block)
    {
        int a = recordBlockStarts[i], aEnd = recordBlockStarts[i + 1], c = recordBlockStarts[j], cEnd = recordBlockStarts[j + 1];
        while (a < aEnd && c < cEnd)
        {
            var first = recordBlocks[a];
            var second = recordBlocks[c];
            if (first >= block || second >= block)
            {
                return false;
            }

            if (first == second)
            {
                return true;
            }

            if (first < second)
            {
                a++;
            }
            else
            {
                c++;
            }
        }

        return false;
    }
}
