using System.Buffers.Binary;
using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// The blocking-key postings, grouped in buckets: one row of <c>block_buckets</c> per bucket, its postings one blob
/// of (key, position) entries sorted by key then position.
/// </summary>
/// <remarks>
/// Why buckets: <see cref="KeyPostings"/>. A bucket row holds about 200 postings at a million records; a query reads one
/// bucket per key and finds the key's postings in it by binary search.
/// </remarks>
internal static class PostingBuckets
{
    /// <summary>An entry: the key (8 bytes), then the record's position (4 bytes), little-endian.</summary>
    public const int EntrySize = 12;

    /// <summary>
    /// 2^18 buckets: about 200 postings (2.4 KB) each at a million records with the default rules, about a sixth of a
    /// page of the file (<see cref="SqliteStoreOptions.DefaultPageSizeBytes"/>).
    /// </summary>
    public const int Bits = 18;

    /// <summary>The bucket of a key.</summary>
    public static long Of(ulong key) => KeyPostings.BucketOf(key, Bits);

    /// <summary>Refuses a position larger than an entry holds (4 bytes), naming the store.</summary>
    public static void CheckPosition(long sequence, string store) =>
        KeyPostings.CheckPosition(sequence, uint.MaxValue, "SQLite referential '" + store + "'", "file");

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

    /// <summary>The bucket's new blob (<see cref="KeyPostings.Merge"/>); empty when nothing is left.</summary>
    public static byte[] Merge(ReadOnlySpan<byte> stored, ReadOnlySpan<KeyPosting> removed, ReadOnlySpan<KeyPosting> added)
    {
        var result = new byte[stored.Length + (added.Length * EntrySize)];
        var written = KeyPostings.Merge(new StoredBlob(stored), removed, added, new NewBlob(result));
        return written * EntrySize == result.Length ? result : result[..(written * EntrySize)];
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

    /// <summary>A stored blob, read by entry.</summary>
    private readonly ref struct StoredBlob(ReadOnlySpan<byte> bytes) : KeyPostings.IStoredPostings
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;

        public int Count => PostingBuckets.Count(bytes);

        public KeyPosting At(int index) => new(Key(bytes, index), Position(bytes, index));
    }

    /// <summary>A new blob, written by entry.</summary>
    private readonly ref struct NewBlob(Span<byte> bytes) : KeyPostings.IPostingSink
    {
        private readonly Span<byte> bytes = bytes;

        public void Put(int index, KeyPosting posting)
        {
            var entry = bytes[(index * EntrySize)..];
            BinaryPrimitives.WriteUInt64LittleEndian(entry, posting.Key);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[sizeof(ulong)..], (uint)posting.Position);
        }
    }
}
