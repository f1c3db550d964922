namespace Justice.Domain.Identity.Orleans;

/// <summary>Counts a block into the per-rule counts of a blocking report, as <c>BlockedPairs</c> counts its runs.</summary>
internal static class BlockCensus
{
    /// <summary>Counts one block of <paramref name="size"/> records of rule <paramref name="rule"/>.</summary>
    public static void Count(int rule, int size, int cap, int[] blocks, long[] pairs, int[] cappedBlocks, long[] cappedRecords, long[] cappedPairs, int[] largest)
    {
        largest[rule] = Math.Max(largest[rule], size);
        if (size < 2)
        {
            return;
        }

        var blockPairs = (long)size * (size - 1) / 2;
        if (size > cap)
        {
            cappedBlocks[rule]++;
            cappedRecords[rule] += size;
            cappedPairs[rule] += blockPairs;
        }
        else
        {
            blocks[rule]++;
            pairs[rule] += blockPairs;
        }
    }
}
