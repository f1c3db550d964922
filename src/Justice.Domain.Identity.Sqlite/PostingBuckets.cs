using System.Buffers.Binary;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// The blocking-key postings, grouped in buckets: one row of <c>block_buckets</c> per bucket, its postings one blob
/// of (key, position) entries sorted by key then position.
/// </summary>
/// <remarks>
/// With the default rules a record has about 54 postings, most of them keys that no other record shares (the name-edit
/// rules' deletion keys). One B-tree row per posting costs SQLite about a microsecond of insert each, a minute for a
/// million records on its own; a bucket row holds about 200 postings at a million records, so a batch writes each
/// bucket it touches once. A query reads one bucket per key and finds the key's postings in it by binary search.
/// </remarks>
internal static class PostingBuckets
{
    /// <summary>An entry: the key (8 bytes), then the record's position (4 bytes), little-endian.</summary>
    public const int EntrySize = 12;

    /// <summary>The postings of a batch from which <see cref="SortForWrite"/> counts them into their buckets first (a tenth of the buckets).</summary>
    internal const int CountingSortFrom = (1 << Bits) / 10;

    /// <summary>2^18 buckets: about 200 postings (2.4 KB) each at a million records with the default rules, one page of the file.</summary>
    private const int Bits = 18;

    /// <summary>The bucket of a key: the top bits of a multiplicative hash (a key's own top bits are its rule's number).</summary>
    public static long Of(ulong key) => (long)(unchecked(key * 0x9E3779B97F4A7C15UL) >> (64 - Bits));

    /// <summary>Refuses a position larger than an entry holds (4 bytes), naming the store.</summary>
    public static void CheckPosition(long sequence, string store)
    {
        if (sequence > uint.MaxValue)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"SQLite referential '{store}': its record positions have reached {uint.MaxValue} (every added or replaced record takes a new one): import the records into a new file"));
        }
    }

    public static int Count(ReadOnlySpan<byte> blob) => blob.Length / EntrySize;

    public static ulong Key(ReadOnlySpan<byte> blob, int entry) => BinaryPrimitives.ReadUInt64LittleEndian(blob[(entry * EntrySize)..]);

    public static long Position(ReadOnlySpan<byte> blob, int entry) => BinaryPrimitives.ReadUInt32LittleEndian(blob[((entry * EntrySize) + sizeof(ulong))..]);

    /// <summary>
    /// Adds the positions holding <paramref name="key"/> to <paramref name="found"/> when they are at most
    /// <paramref name="cap"/>; a larger block is skipped whole.
    /// </summary>
    public static void Collect(ReadOnlySpan<byte> blob, ulong key, int cap, ICollection<long> found)
    {
        var first = First(blob, key);
        var end = first;
        var count = Count(blob);
        while (end < count && Key(blob, end) == key)
        {
            end++;
            if (end - first > cap)
            {
                return;
            }
        }

        for (var e = first; e < end; e++)
        {
            found.Add(Position(blob, e));
        }
    }

    /// <summary>
    /// The bucket's new blob: its stored entries less <paramref name="removed"/> (sorted) plus <paramref name="added"/>
    /// (sorted), in order; empty when nothing is left. Every posting given is of this bucket, so they are compared by
    /// key and position only (<see cref="Posting.CompareInBucket"/>), without hashing their keys again.
    /// </summary>
    public static byte[] Merge(ReadOnlySpan<byte> stored, ReadOnlySpan<Posting> removed, ReadOnlySpan<Posting> added)
    {
        var result = new byte[stored.Length + (added.Length * EntrySize)];
        int s = 0, r = 0, a = 0, written = 0;
        var count = Count(stored);
        while (s < count || a < added.Length)
        {
            Posting next;
            var fromStored = s < count ? new Posting(Key(stored, s), Position(stored, s)) : default;
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

            BinaryPrimitives.WriteUInt64LittleEndian(result.AsSpan(written), next.Key);
            BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(written + sizeof(ulong)), (uint)next.Position);
            written += EntrySize;
        }

        return written == result.Length ? result : result[..written];
    }

    /// <summary>
    /// The postings in the order the writer reads them: by bucket, key, then position. A large batch's are counted
    /// into their buckets, then each bucket's few postings are sorted on their own, on all cores; a small batch's
    /// (fewer than <see cref="CountingSortFrom"/>) are sorted in one piece.
    /// </summary>
    public static Posting[] SortForWrite(List<Posting> postings)
    {
        if (postings.Count < CountingSortFrom)
        {
            postings.Sort();
            return [.. postings];
        }

        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(postings);
        var next = new int[(1 << Bits) + 1];
        foreach (var posting in all)
        {
            next[Of(posting.Key) + 1]++;
        }

        for (var b = 1; b < next.Length; b++)
        {
            next[b] += next[b - 1];
        }

        var starts = (int[])next.Clone();
        var sorted = new Posting[all.Length];
        foreach (var posting in all)
        {
            sorted[next[Of(posting.Key)]++] = posting;
        }

        const int BucketsPerTask = 1024;
        Parallel.For(0, (1 << Bits) / BucketsPerTask, task =>
        {
            for (var b = task * BucketsPerTask; b < (task + 1) * BucketsPerTask; b++)
            {
                sorted.AsSpan(starts[b], starts[b + 1] - starts[b]).Sort(static (x, y) => x.CompareInBucket(y));
            }
        });

        return sorted;
    }

    /// <summary>The number of postings and of distinct keys in a blob.</summary>
    public static (long Postings, long Keys) Tally(ReadOnlySpan<byte> blob)
    {
        var count = Count(blob);
        long keys = 0;
        for (var e = 0; e < count; e++)
        {
            if (e == 0 || Key(blob, e) != Key(blob, e - 1))
            {
                keys++;
            }
        }

        return (count, keys);
    }

    /// <summary>The first entry whose key is not below <paramref name="key"/>.</summary>
    private static int First(ReadOnlySpan<byte> blob, ulong key)
    {
        int low = 0, high = Count(blob);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Key(blob, middle) < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A posting: a key held by the record at a position; ordered by bucket, key, then position.</summary>
    internal readonly record struct Posting(ulong Key, long Position) : IComparable<Posting>
    {
        public long Bucket => Of(Key);

        public int CompareTo(Posting other)
        {
            var bucket = Bucket.CompareTo(other.Bucket);
            return bucket != 0 ? bucket : CompareInBucket(other);
        }

        /// <summary>The order of two postings of the same bucket: by key, then position.</summary>
        public int CompareInBucket(Posting other)
        {
            var key = Key.CompareTo(other.Key);
            return key != 0 ? key : Position.CompareTo(other.Position);
        }
    }
}
