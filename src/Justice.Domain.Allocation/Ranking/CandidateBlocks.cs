using System.Runtime.CompilerServices;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// The courts that can still take a post, with the first of them in the general order (rank sum ascending, then the
/// tie-break position) always at hand. Courts are grouped by input index into blocks of about √courts, each remembering
/// its first court: a rank sum that decreases updates its block in O(1) (the common case: the courts a post passes
/// improve), one that increases invalidates its block only if it was the block's first, and <see cref="First"/> scans
/// the blocks, recomputing the invalidated ones. The caller owns the rank sums and tie ranks and reports every change.
/// </summary>
internal sealed class CandidateBlocks
{
    private readonly long[] rankSums;
    private readonly int[] tieRanks;
    private readonly bool[] candidate;
    private readonly int[] blockFirst;
    private readonly bool[] stale;
    private readonly int shift;
    private readonly int courtCount;

    public CandidateBlocks(long[] rankSums, int[] tieRanks, bool[] candidate)
    {
        this.rankSums = rankSums;
        this.tieRanks = tieRanks;
        this.candidate = candidate;
        courtCount = rankSums.Length;
        shift = 3;
        while ((1 << (2 * shift)) < courtCount)
        {
            shift++;
        }

        var blocks = (courtCount + (1 << shift) - 1) >> shift;
        blockFirst = new int[blocks];
        stale = new bool[blocks];
        for (var b = 0; b < blocks; b++)
        {
            Recompute(b);
        }
    }

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in the general order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Precedes(int a, int b) =>
        rankSums[a] < rankSums[b] || (rankSums[a] == rankSums[b] && tieRanks[a] < tieRanks[b]);

    /// <summary>The court's rank sum went down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decreased(int court)
    {
        if (!candidate[court])
        {
            return;
        }

        var block = court >> shift;
        var first = blockFirst[block];
        if (first < 0 || Precedes(court, first))
        {
            blockFirst[block] = court;
        }
    }

    /// <summary>The court's rank sum went up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Increased(int court)
    {
        var block = court >> shift;
        if (blockFirst[block] == court)
        {
            stale[block] = true;
        }
    }

    /// <summary>
    /// Adds <paramref name="change"/> (negative) to the rank sums of <paramref name="courts"/>, each of which may become its
    /// block's first: the hot loop of the allocation, written with every array in a local so that nothing is reloaded
    /// between iterations. Unchecked: a rank sum is at most Σ scaled weights (each ≤ 10^9) × 2 × courts, far from 2^63.
    /// </summary>
    public void Decrease(ReadOnlySpan<int> courts, long change)
    {
        var sums = rankSums;
        var ties = tieRanks;
        var isCandidate = candidate;
        var firsts = blockFirst;
        var blockShift = shift;
        foreach (var court in courts)
        {
            var sum = unchecked(sums[court] + change);
            sums[court] = sum;
            if (isCandidate[court])
            {
                ref var first = ref firsts[court >> blockShift];
                var current = first;
                if (current < 0 || sum < sums[current] || (sum == sums[current] && ties[court] < ties[current]))
                {
                    first = court;
                }
            }
        }
    }

    /// <summary>Adds <paramref name="change"/> (positive) to the rank sums of <paramref name="courts"/>, invalidating the blocks whose first they were.</summary>
    public void Increase(ReadOnlySpan<int> courts, long change)
    {
        var sums = rankSums;
        var firsts = blockFirst;
        var blockShift = shift;
        foreach (var court in courts)
        {
            sums[court] = unchecked(sums[court] + change);
            var block = court >> blockShift;
            if (firsts[block] == court)
            {
                stale[block] = true;
            }
        }
    }

    /// <summary>The court can take no more posts.</summary>
    public void Remove(int court)
    {
        candidate[court] = false;
        Increased(court);
    }

    /// <summary>The first candidate in the general order, or -1 when there is none. O(√courts + courts of stale blocks).</summary>
    public int First()
    {
        var best = -1;
        for (var b = 0; b < blockFirst.Length; b++)
        {
            if (stale[b])
            {
                Recompute(b);
            }

            var first = blockFirst[b];
            if (first >= 0 && (best < 0 || Precedes(first, best)))
            {
                best = first;
            }
        }

        return best;
    }

    private void Recompute(int block)
    {
        var first = -1;
        var end = Math.Min(courtCount, (block + 1) << shift);
        for (var court = block << shift; court < end; court++)
        {
            if (candidate[court] && (first < 0 || Precedes(court, first)))
            {
                first = court;
            }
        }

        blockFirst[block] = first;
        stale[block] = false;
    }
}
