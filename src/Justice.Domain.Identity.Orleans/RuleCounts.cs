using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Orleans.Grains;

namespace Justice.Domain.Identity.Orleans;

/// <summary>The per-rule counts of a blocking report, summed over the partitions' censuses and the spread keys.</summary>
internal sealed class RuleCounts(int rules)
{
    private readonly int[] keyed = new int[rules];
    private readonly int[] blocks = new int[rules];
    private readonly long[] pairs = new long[rules];
    private readonly int[] cappedBlocks = new int[rules];
    private readonly long[] cappedRecords = new long[rules];
    private readonly long[] cappedPairs = new long[rules];
    private readonly int[] largest = new int[rules];

    /// <summary>Adds a partition's census.</summary>
    public void Add(PartitionCensus census)
    {
        for (var r = 0; r < keyed.Length; r++)
        {
            keyed[r] += census.KeyedRecords[r];
            blocks[r] += census.Blocks[r];
            pairs[r] += census.Pairs[r];
            cappedBlocks[r] += census.CappedBlocks[r];
            cappedRecords[r] += census.CappedRecords[r];
            cappedPairs[r] += census.CappedPairs[r];
            largest[r] = Math.Max(largest[r], census.LargestBlock[r]);
        }
    }

    /// <summary>Counts a spread key's block, of its size over all its slots.</summary>
    public void Count(int rule, int size, int cap) =>
        BlockCensus.Count(rule, size, cap, blocks, pairs, cappedBlocks, cappedRecords, cappedPairs, largest);

    /// <summary>The report of rule <paramref name="rule"/>.</summary>
    public BlockingRuleReport Report(int rule, string name, long newPairs) =>
        new(name, keyed[rule], blocks[rule], pairs[rule], newPairs, cappedBlocks[rule], cappedRecords[rule], cappedPairs[rule], largest[rule]);
}
