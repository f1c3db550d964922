using FsCheck.Xunit;
using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.Tests.Referential;

/// <summary>
/// The bucketing the database stores share (<see cref="KeyPostings"/>) against straightforward oracles: a LINQ sort,
/// a LINQ grouping and set operations.
/// </summary>
public sealed class KeyPostingsTests
{
    /// <summary>Keys from a small pool (so that keys repeat and buckets hold several) on both sides of 2^63.</summary>
    private static KeyPosting[] RandomPostings(Random random, int count, int keys) =>
        [.. Enumerable.Range(0, count).Select(_ => new KeyPosting(Key(random.Next(keys)), random.Next(1, 1_000)))];

    private static ulong Key(int i) => unchecked((ulong)i * 0x9E3779B97F4A7C15UL) ^ (i % 2 == 0 ? 0 : 1UL << 63);

    private static IOrderedEnumerable<KeyPosting> InBucketOrder(IEnumerable<KeyPosting> postings, int bits) =>
        postings.OrderBy(p => KeyPostings.BucketOf(p.Key, bits)).ThenBy(p => p.Key).ThenBy(p => p.Position);

    [Property(MaxTest = 60)]
    public bool SortByBucket_SmallAndLargeBatches_TheOrderOfBucketKeyPosition(int seed, bool large)
    {
        var random = new Random(seed);
        const int Bits = 8;
        // Under a tenth of the buckets, the batch is sorted in one piece; from it, counted into its buckets first.
        var postings = RandomPostings(random, large ? random.Next(26, 2_000) : random.Next(0, 26), random.Next(1, 400));
        return KeyPostings.SortByBucket([.. postings], Bits).SequenceEqual(InBucketOrder(postings, Bits));
    }

    [Property(MaxTest = 60)]
    public bool Changes_AndMerge_EachBucketIsItsStoredPostingsLessTheRemovedPlusTheAdded(int seed)
    {
        var random = new Random(seed);
        const int Bits = 4;
        var stored = RandomPostings(random, random.Next(0, 300), 60).Distinct().ToArray();
        var removed = stored.Where(_ => random.Next(3) == 0).Concat(RandomPostings(random, 5, 60)).Distinct().ToList();
        var added = RandomPostings(random, random.Next(0, 300), 60).Distinct().Except(stored).ToList();
        var adds = KeyPostings.SortByBucket(added, Bits);
        var removes = KeyPostings.SortByBucket(removed, Bits);

        var changes = KeyPostings.Changes(adds, removes, Bits);
        var expectedBuckets = added.Concat(removed).Select(p => KeyPostings.BucketOf(p.Key, Bits)).Distinct().Order();
        if (!changes.Select(c => c.Bucket).SequenceEqual(expectedBuckets))
        {
            return false;
        }

        foreach (var change in changes)
        {
            var inBucket = InBucketOrder(stored.Where(p => KeyPostings.BucketOf(p.Key, Bits) == change.Bucket), Bits).ToArray();
            var expected = InBucketOrder(inBucket.Except(removed).Concat(adds[change.Added]), Bits).ToArray();
            var merged = new Postings(new KeyPosting[inBucket.Length + adds[change.Added].Length]);
            var written = KeyPostings.Merge(new Postings(inBucket), removes.AsSpan()[change.Removed], adds.AsSpan()[change.Added], merged);
            if (!merged.Items.Take(written).SequenceEqual(expected)
                || adds[change.Added].Any(p => KeyPostings.BucketOf(p.Key, Bits) != change.Bucket)
                || removes[change.Removed].Any(p => KeyPostings.BucketOf(p.Key, Bits) != change.Bucket))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void AddDistinct_AKeyTwice_OnePosting_InKeyOrder()
    {
        var into = new List<KeyPosting>();
        var buffer = new ulong[1];
        KeyPostings.AddDistinct([9, 3, 9, ulong.MaxValue], 7, into, ref buffer);
        Assert.Equal([new KeyPosting(3, 7), new KeyPosting(9, 7), new KeyPosting(ulong.MaxValue, 7)], into);
        Assert.True(buffer.Length >= 4);
    }

    /// <summary>Postings in an array, as a bucket's stored postings and as where a merge writes.</summary>
    private sealed record Postings(KeyPosting[] Items) : KeyPostings.IStoredPostings, KeyPostings.IPostingSink
    {
        public int Count => Items.Length;

        public KeyPosting At(int index) => Items[index];

        public void Put(int index, KeyPosting posting) => Items[index] = posting;
    }
}
