using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.PostgreSql;

/// <summary>
/// The blocking-key postings of a PostgreSQL store, grouped in buckets (<see cref="KeyPostings"/>): one row of
/// <c>block_buckets</c> per bucket, holding two arrays of the same length, the key and the position of each posting.
/// </summary>
/// <remarks>
/// A row holds about 100 postings at a million records with the default rules (12 bytes each, so about 1.3 KB: under
/// PostgreSQL's 2 KB threshold, the row stays in its table page, uncompressed). A query finds a key's postings in its
/// bucket's row with <c>array_positions</c>, in the statement that reads the candidates.
/// </remarks>
internal static class PostgreSqlBuckets
{
    /// <summary>2^19 buckets: about 100 postings each at a million records with the default rules.</summary>
    public const int Bits = 19;

    /// <summary>The bucket of a key.</summary>
    public static int Of(ulong key) => (int)KeyPostings.BucketOf(key, Bits);

    /// <summary>Refuses a position larger than a bucket's <c>integer</c> holds, naming the store.</summary>
    public static void CheckPosition(long position, string store) => KeyPostings.CheckPosition(position, int.MaxValue, store, "schema");

    /// <summary>
    /// The bucket's new row: its stored postings (<paramref name="stored"/>, or none) less <paramref name="removed"/>
    /// plus <paramref name="added"/>, both sorted in bucket order; null when nothing is left.
    /// </summary>
    public static BucketRow? Merge(BucketRow? stored, ReadOnlySpan<KeyPosting> removed, ReadOnlySpan<KeyPosting> added)
    {
        stored ??= new BucketRow([], []);
        var merged = new BucketRow(new long[stored.Keys.Length + added.Length], new int[stored.Keys.Length + added.Length]);
        var written = KeyPostings.Merge(stored, removed, added, merged);
        return written == 0 ? null
            : written == merged.Keys.Length ? merged
            : new BucketRow(merged.Keys[..written], merged.Positions[..written]);
    }

    /// <summary>
    /// A bucket's row: the key (unsigned, stored as <c>bigint</c>) and the position of each posting, in key order,
    /// then position.
    /// </summary>
    /// <param name="Keys">Each posting's key.</param>
    /// <param name="Positions">Each posting's position.</param>
    internal sealed record BucketRow(long[] Keys, int[] Positions) : KeyPostings.IStoredPostings, KeyPostings.IPostingSink
    {
        /// <inheritdoc/>
        public int Count => Keys.Length;

        /// <inheritdoc/>
        public KeyPosting At(int index) => new(unchecked((ulong)Keys[index]), Positions[index]);

        /// <inheritdoc/>
        public void Put(int index, KeyPosting posting) => (Keys[index], Positions[index]) = (unchecked((long)posting.Key), (int)posting.Position);
    }
}
