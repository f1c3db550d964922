using FsCheck.Xunit;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>The stable hashes that place keys, records and name values on partitions.</summary>
public sealed class KeyPartitioningTests
{
    [Fact]
    public void Hashes_AreFixedValues_NotProcessDependent()
    {
        // FNV-1a 64 then the SplitMix64 finaliser: the same numbers on every machine and run (a changed value moves
        // every stored posting, so it is pinned here).
        Assert.Equal(Pinned.Key42, KeyPartitioning.Hash(42UL));
        Assert.Equal(Pinned.MartinText, KeyPartitioning.Hash("MARTIN"));
        Assert.NotEqual(KeyPartitioning.Hash("MARTIN"), KeyPartitioning.Hash("MARTINS"));
    }

    [Property(MaxTest = 200)]
    public Property Partitions_InRange_SlotsOfAKeyOnDistinctPartitions(ulong key, NonEmptyString id, PositiveInt count)
    {
        var partitions = count.Get % 64 + 1;
        var spread = Math.Max(1, partitions / 2);
        var slots = Enumerable.Range(0, spread).Select(s => KeyPartitioning.PartitionOf(key, s, partitions)).ToArray();
        var slot = KeyPartitioning.SlotOf(id.Get, spread);
        var home = KeyPartitioning.HomeOf(id.Get, partitions);
        var term = KeyPartitioning.PartitionOfTerm(3, id.Get, partitions);
        return (slots.All(p => p >= 0 && p < partitions) && slots.Distinct().Count() == spread
            && slot >= 0 && slot < spread && home >= 0 && home < partitions && term >= 0 && term < partitions).ToProperty();
    }

    [Fact]
    public void Keys_SpreadEvenly_OverSixteenPartitions()
    {
        // 160,000 consecutive keys (the worst case for a plain remainder) land within 3 % of the mean on each partition.
        var counts = new int[16];
        for (var key = 0UL; key < 160_000; key++)
        {
            counts[KeyPartitioning.PartitionOf(key, 0, 16)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_700, 10_300));
    }

    [Fact]
    public void BadArguments_ClearErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyPartitioning.PartitionOf(1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyPartitioning.PartitionOf(1, -1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeyPartitioning.SlotOf("a", 0));
        Assert.Throws<ArgumentNullException>(() => KeyPartitioning.Hash(null!));
    }

    private static class Pinned
    {
        public const ulong Key42 = 16239707572940805204;
        public const ulong MartinText = 17806421020771644099;
    }
}
