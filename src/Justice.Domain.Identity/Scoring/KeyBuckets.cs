using System.Numerics;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// The buckets of the blocking sort: each rule's keys cut into ranges of about the same number of keys (a blocking key
/// is a hash, so equal ranges hold about as many keys), numbered in (rule, key) order. Sorting the keys of each bucket
/// then sorts all of them by (rule, key), on all cores and in caches, and a run of equal keys lies in one bucket.
/// </summary>
internal sealed class KeyBuckets
{
    /// <summary>
    /// The most buckets a rule has (2^12): it bounds each chunk's count array and the places the scatter writes to at
    /// once; a rule of more than about four million keys has buckets of more than <c>keysPerBucket</c> keys.
    /// </summary>
    private const int MaxBucketBits = 12;

    /// <summary>The records a chunk of the counting and scattering passes holds at least.</summary>
    private const int MinChunkRecords = 16384;

    private readonly int[] ruleFirstBucket;
    private readonly byte[] bucketRules;
    private readonly ulong[] ruleLowest;
    private readonly int[] ruleShift;
    private readonly bool[] ruleSplit;

    private KeyBuckets(int[] ruleFirstBucket, ulong[] ruleLowest, int[] ruleShift, bool[] ruleSplit)
    {
        this.ruleFirstBucket = ruleFirstBucket;
        this.ruleLowest = ruleLowest;
        this.ruleShift = ruleShift;
        this.ruleSplit = ruleSplit;
        bucketRules = new byte[ruleFirstBucket[^1]];
        for (var r = 0; r + 1 < ruleFirstBucket.Length; r++)
        {
            bucketRules.AsSpan(ruleFirstBucket[r], ruleFirstBucket[r + 1] - ruleFirstBucket[r]).Fill((byte)r);
        }
    }

    /// <summary>Gets the number of buckets.</summary>
    public int Count => bucketRules.Length;

    /// <summary>The buckets of a key table: per rule, its keys' range cut in powers of two for about <paramref name="keysPerBucket"/> keys each.</summary>
    /// <param name="ruleCount">The number of rules.</param>
    /// <param name="recordRules">Each key's 0-based rule.</param>
    /// <param name="recordKeys">The keys.</param>
    /// <param name="keysPerBucket">The keys a bucket holds on average (1 or more).</param>
    /// <returns>The buckets, before <see cref="Sort"/>.</returns>
    public static KeyBuckets Of(int ruleCount, byte[] recordRules, ulong[] recordKeys, int keysPerBucket)
    {
        const int Slices = 64;
        var sliceSize = Math.Max(1 << 16, (recordKeys.Length + Slices - 1) / Slices);
        var parts = new (long Count, ulong Lowest, ulong Highest)[(recordKeys.Length + sliceSize - 1) / sliceSize][];
        Parallel.For(0, parts.Length, part =>
        {
            var stats = new (long Count, ulong Lowest, ulong Highest)[ruleCount];
            var end = Math.Min(recordKeys.Length, (part + 1L) * sliceSize);
            for (var k = part * sliceSize; k < end; k++)
            {
                ref var s = ref stats[recordRules[k]];
                var key = recordKeys[k];
                (s.Lowest, s.Highest) = s.Count == 0 ? (key, key) : (Math.Min(s.Lowest, key), Math.Max(s.Highest, key));
                s.Count++;
            }

            parts[part] = stats;
        });

        var firstBucket = new int[ruleCount + 1];
        var lowest = new ulong[ruleCount];
        var shift = new int[ruleCount];
        var split = new bool[ruleCount];
        for (var r = 0; r < ruleCount; r++)
        {
            (long Count, ulong Lowest, ulong Highest) all = (0, 0, 0);
            foreach (var stats in parts)
            {
                var s = stats[r];
                if (s.Count > 0)
                {
                    all = all.Count == 0 ? s : (all.Count + s.Count, Math.Min(all.Lowest, s.Lowest), Math.Max(all.Highest, s.Highest));
                }
            }

            var buckets = 0;
            if (all.Count > 0)
            {
                // 2^bits buckets for about keysPerBucket keys each, over the range the keys span; bits of 0 is one bucket.
                var bits = all.Count <= keysPerBucket ? 0 : Math.Min(MaxBucketBits, 64 - BitOperations.LeadingZeroCount((ulong)((all.Count - 1) / keysPerBucket)));
                var range = all.Highest - all.Lowest;
                var rangeBits = 64 - BitOperations.LeadingZeroCount(range);
                lowest[r] = all.Lowest;
                shift[r] = Math.Max(0, rangeBits - bits);
                split[r] = bits > 0 && range > 0;
                buckets = split[r] ? (int)(range >> shift[r]) + 1 : 1;
            }

            firstBucket[r + 1] = firstBucket[r] + buckets;
        }

        return new KeyBuckets(firstBucket, lowest, shift, split);
    }

    /// <summary>The 0-based rule of a bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>Its rule.</returns>
    public int RuleOf(int bucket) => bucketRules[bucket];

    /// <summary>
    /// Sorts all the keys by (rule, key) with their records, on all cores: the keys of each chunk of records counted by
    /// bucket, scattered to their bucket, then each bucket sorted. Records with equal keys may come in any order.
    /// </summary>
    /// <param name="recordStarts">Where each record's keys start, and their end.</param>
    /// <param name="recordRules">Each key's 0-based rule (a record's keys in ascending rule order).</param>
    /// <param name="recordKeys">The keys.</param>
    /// <returns>The sorted keys, their records, where each bucket starts in them (and, at <see cref="Count"/>, where the last ends), and for each rule the number of records that have a key of it.</returns>
    public (ulong[] Keys, int[] Records, int[] Starts, int[] Keyed) Sort(int[] recordStarts, byte[] recordRules, ulong[] recordKeys)
    {
        var n = recordStarts.Length - 1;
        var ruleCount = ruleLowest.Length;
        var chunkSize = Math.Max(MinChunkRecords, (n + 31) / 32);
        var chunks = (n + chunkSize - 1) / chunkSize;
        var counts = new int[chunks][];
        var keyedByChunk = new int[chunks][];
        Parallel.For(0, chunks, c =>
        {
            var count = new int[Count];
            var keyed = new int[ruleCount];
            var end = Math.Min(n, (c + 1) * chunkSize);
            for (var i = c * chunkSize; i < end; i++)
            {
                for (var k = recordStarts[i]; k < recordStarts[i + 1]; k++)
                {
                    var rule = recordRules[k];
                    count[BucketOf(rule, recordKeys[k])]++;
                    keyed[rule] += k == recordStarts[i] || recordRules[k - 1] != rule ? 1 : 0;
                }
            }

            counts[c] = count;
            keyedByChunk[c] = keyed;
        });

        // Each chunk's count becomes where its keys of the bucket go: after the bucket's keys of the chunks before it.
        var starts = new int[Count + 1];
        var at = 0;
        for (var b = 0; b < Count; b++)
        {
            starts[b] = at;
            foreach (var count in counts)
            {
                var keys = count[b];
                count[b] = at;
                at += keys;
            }
        }

        starts[Count] = at;
        var sortedKeys = new ulong[at];
        var records = new int[at];
        Parallel.For(0, chunks, c =>
        {
            var next = counts[c];
            var end = Math.Min(n, (c + 1) * chunkSize);
            for (var i = c * chunkSize; i < end; i++)
            {
                for (var k = recordStarts[i]; k < recordStarts[i + 1]; k++)
                {
                    var to = next[BucketOf(recordRules[k], recordKeys[k])]++;
                    sortedKeys[to] = recordKeys[k];
                    records[to] = i;
                }
            }
        });

        Parallel.For(0, Count, b =>
        {
            if (starts[b + 1] - starts[b] > 1)
            {
                Array.Sort(sortedKeys, records, starts[b], starts[b + 1] - starts[b]);
            }
        });

        var keyedByRule = new int[ruleCount];
        foreach (var keyed in keyedByChunk)
        {
            for (var r = 0; r < ruleCount; r++)
            {
                keyedByRule[r] += keyed[r];
            }
        }

        return (sortedKeys, records, starts, keyedByRule);
    }

    private int BucketOf(byte rule, ulong key) =>
        ruleFirstBucket[rule] + (ruleSplit[rule] ? (int)((key - ruleLowest[rule]) >> ruleShift[rule]) : 0);
}
