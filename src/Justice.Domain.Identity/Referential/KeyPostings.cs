namespace Justice.Domain.Identity.Referential;

/// <summary>
/// The buckets of keys in which the database stores group their postings (SQLite: one blob per bucket; PostgreSQL:
/// one row of arrays per bucket), and the order in which a write batch visits them.
/// </summary>
/// <remarks>
/// With the default rules a record has about 75 postings, most of them keys that no other record shares (the edit
/// rules' deletion keys). One database row per posting costs about a microsecond of insert each, a minute for a
/// million records on its own; a bucket row holds a few hundred postings, so a batch writes each bucket it touches
/// once, in bucket order, and a query reads one bucket per key.
/// </remarks>
internal static class KeyPostings
{
    /// <summary>
    /// Records per batch for a bulk import into a store of buckets: a batch reads, merges and writes every bucket it
    /// touches, and a large batch touches nearly all of them, so an import costs about the index's size per batch.
    /// </summary>
    public const int ImportBatchSize = 350_000;

    /// <summary>
    /// Refuses a position over <paramref name="limit"/>, the largest a store's postings hold, naming the store
    /// (<paramref name="store"/>) and where to import the records instead (<paramref name="fresh"/>).
    /// </summary>
    public static void CheckPosition(long position, long limit, string store, string fresh)
    {
        if (position > limit)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"{store}: its record positions have reached {limit} (every added or replaced record takes a new one): import the records into a new {fresh}"));
        }
    }

    /// <summary>The bucket of a key among 2^<paramref name="bits"/>: the top bits of a multiplicative hash (a key's own top bits are its rule's number).</summary>
    public static long BucketOf(ulong key, int bits) => (long)(unchecked(key * 0x9E3779B97F4A7C15UL) >> (64 - bits));

    /// <summary>
    /// Adds a record's postings to <paramref name="into"/>, each of its distinct keys once, sorted in
    /// <paramref name="buffer"/> (grown when too small, kept by the caller between records).
    /// </summary>
    public static void AddDistinct(IReadOnlyList<ulong> keys, long position, List<KeyPosting> into, ref ulong[] buffer)
    {
        if (buffer.Length < keys.Count)
        {
            buffer = new ulong[Math.Max(keys.Count, 2 * buffer.Length)];
        }

        var sorted = buffer.AsSpan(0, keys.Count);
        for (var k = 0; k < sorted.Length; k++)
        {
            sorted[k] = keys[k];
        }

        sorted.Sort();
        for (var k = 0; k < sorted.Length; k++)
        {
            if (k == 0 || sorted[k] != sorted[k - 1])
            {
                into.Add(new KeyPosting(sorted[k], position));
            }
        }
    }

    /// <summary>
    /// The postings in the order a writer visits them: by bucket (among 2^<paramref name="bits"/>), key, then position.
    /// A large batch's are counted into their buckets, then each bucket's few postings are sorted on their own, on
    /// all cores; a small batch's (fewer than a tenth of the buckets) are sorted in one piece.
    /// </summary>
    public static KeyPosting[] SortByBucket(List<KeyPosting> postings, int bits)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings);
        if (postings.Count < (1 << bits) / 10)
        {
            var small = all.ToArray();
            small.AsSpan().Sort((x, y) =>
            {
                var bucket = BucketOf(x.Key, bits).CompareTo(BucketOf(y.Key, bits));
                return bucket != 0 ? bucket : x.CompareInBucket(y);
            });
            return small;
        }

        var next = new int[(1 << bits) + 1];
        foreach (var posting in all)
        {
            next[BucketOf(posting.Key, bits) + 1]++;
        }

        for (var b = 1; b < next.Length; b++)
        {
            next[b] += next[b - 1];
        }

        var starts = (int[])next.Clone();
        var sorted = new KeyPosting[all.Length];
        foreach (var posting in all)
        {
            sorted[next[BucketOf(posting.Key, bits)]++] = posting;
        }

        const int BucketsPerTask = 1024;
        Parallel.For(0, Math.Max(1, (1 << bits) / BucketsPerTask), task =>
        {
            for (var b = task * BucketsPerTask; b < Math.Min(1 << bits, (task + 1) * BucketsPerTask); b++)
            {
                sorted.AsSpan(starts[b], starts[b + 1] - starts[b]).Sort(static (x, y) => x.CompareInBucket(y));
            }
        });

        return sorted;
    }

    /// <summary>
    /// Merges a bucket's stored postings less <paramref name="removed"/> with <paramref name="added"/> (both sorted), in
    /// order, into <paramref name="into"/>; returns how many it wrote. Every posting given is of the same bucket, so they
    /// are compared by key and position only (<see cref="KeyPosting.CompareInBucket"/>), without hashing their keys again.
    /// </summary>
    /// <typeparam name="TStored">The stored postings' format (a blob, arrays).</typeparam>
    /// <typeparam name="TInto">The new postings' format.</typeparam>
    public static int Merge<TStored, TInto>(TStored stored, ReadOnlySpan<KeyPosting> removed, ReadOnlySpan<KeyPosting> added, TInto into)
        where TStored : IStoredPostings, allows ref struct
        where TInto : IPostingSink, allows ref struct
    {
        int s = 0, r = 0, a = 0, written = 0;
        var count = stored.Count;
        while (s < count || a < added.Length)
        {
            KeyPosting next;
            var fromStored = s < count ? stored.At(s) : default;
            if (s < count && (a == added.Length || fromStored.CompareInBucket(added[a]) <= 0))
            {
                next = fromStored;
                s++;
                while (r < removed.Length && removed[r].CompareInBucket(next) < 0)
                {
                    r++;
                }

                if (r < removed.Length && removed[r].CompareInBucket(next) == 0)
                {
                    continue;
                }
            }
            else
            {
                next = added[a++];
            }

            into.Put(written++, next);
        }

        return written;
    }

    /// <summary>
    /// The buckets a write changes, in order, each with its slices of <paramref name="added"/> and
    /// <paramref name="removed"/> (both sorted by <see cref="SortByBucket"/> with the same <paramref name="bits"/>).
    /// </summary>
    public static List<BucketChange> Changes(ReadOnlySpan<KeyPosting> added, ReadOnlySpan<KeyPosting> removed, int bits)
    {
        var changes = new List<BucketChange>();
        int a = 0, r = 0;
        while (a < added.Length || r < removed.Length)
        {
            var bucket = Math.Min(
                a < added.Length ? BucketOf(added[a].Key, bits) : long.MaxValue,
                r < removed.Length ? BucketOf(removed[r].Key, bits) : long.MaxValue);
            var addEnd = a;
            while (addEnd < added.Length && BucketOf(added[addEnd].Key, bits) == bucket)
            {
                addEnd++;
            }

            var removeEnd = r;
            while (removeEnd < removed.Length && BucketOf(removed[removeEnd].Key, bits) == bucket)
            {
                removeEnd++;
            }

            changes.Add(new BucketChange(bucket, a..addEnd, r..removeEnd));
            (a, r) = (addEnd, removeEnd);
        }

        return changes;
    }

    /// <summary>A bucket a write changes, with the ranges of its postings among the added and the removed.</summary>
    /// <param name="Bucket">The bucket.</param>
    /// <param name="Added">Its postings among the added ones.</param>
    /// <param name="Removed">Its postings among the removed ones.</param>
    internal readonly record struct BucketChange(long Bucket, Range Added, Range Removed);

    /// <summary>A bucket's stored postings, read by index in bucket order.</summary>
    internal interface IStoredPostings
    {
        /// <summary>The number of postings.</summary>
        int Count { get; }

        /// <summary>The posting at <paramref name="index"/>.</summary>
        KeyPosting At(int index);
    }

    /// <summary>Where <see cref="Merge"/> writes a bucket's new postings, by index.</summary>
    internal interface IPostingSink
    {
        /// <summary>Writes <paramref name="posting"/> at <paramref name="index"/>.</summary>
        void Put(int index, KeyPosting posting);
    }
}
