namespace Justice.Domain.Identity.Referential;

/// <summary>
/// A posting of a store's blocking-key index: the key held by the record at a position. The database stores group
/// their postings in buckets of keys (<see cref="KeyPostings"/>); within a bucket, postings are ordered by key, then
/// position.
/// </summary>
/// <param name="Key">The blocking key.</param>
/// <param name="Position">The record's position (its sequence number in the store).</param>
internal readonly record struct KeyPosting(ulong Key, long Position)
{
    /// <summary>The order of two postings of the same bucket: by key, then position.</summary>
    public int CompareInBucket(KeyPosting other)
    {
        var key = Key.CompareTo(other.Key);
        return key != 0 ? key : Position.CompareTo(other.Position);
    }
}
