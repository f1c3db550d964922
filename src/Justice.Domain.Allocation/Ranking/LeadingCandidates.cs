using System.Runtime.CompilerServices;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// The courts that can still take a post, with the first of them in the general order (rank sum ascending, then the
/// tie-break position) always at hand. It keeps a threshold and the list of the candidates whose rank sum is at most
/// that threshold (the leading courts); the first court in the general order is the first of the list whenever the list
/// holds a candidate under the threshold, since every court outside the list has a larger rank sum. Keeping the list
/// costs one comparison with the threshold (a number in a register) per rank sum that goes down, and nothing for one
/// that goes up (a court that rises above the threshold is dropped from the list when <see cref="First"/> next reads
/// it). When the list empties, one pass over all the courts sets a new threshold a margin above the lowest candidate
/// and lists the courts under it; the margin adapts so that the list stays short while rebuilds stay rare.
/// The caller owns the rank sums and tie ranks and reports every decrease (an increase needs no report).
/// </summary>
internal sealed class LeadingCandidates
{
    private readonly long[] rankSums;
    private readonly int[] tieRanks;
    private readonly bool[] candidate;
    private readonly bool[] listed;
    private readonly int[] leading;
    private readonly int targetCount;
    private int leadingCount;
    private long threshold;
    private long margin;
    private int firstsSinceRebuild = 4;

    /// <summary>Creates the structure over the caller's arrays; <see cref="Reset"/> starts each allocation.</summary>
    /// <param name="rankSums">The rank sums, updated by the caller through <see cref="Decrease"/>, <see cref="Increase"/> or directly followed by <see cref="Decreased"/>.</param>
    /// <param name="tieRanks">Each court's place in the tie-breaks (distinct).</param>
    /// <param name="candidate">Whether each court can take a post; written by the caller before <see cref="Reset"/>, then owned (see <see cref="Remove"/>).</param>
    public LeadingCandidates(long[] rankSums, int[] tieRanks, bool[] candidate)
    {
        this.rankSums = rankSums;
        this.tieRanks = tieRanks;
        this.candidate = candidate;
        listed = new bool[rankSums.Length];
        leading = new int[rankSums.Length];
        targetCount = Math.Max(8, (int)Math.Sqrt(rankSums.Length));
    }

    /// <summary>Starts an allocation over the current rank sums and candidates.</summary>
    /// <param name="initialMargin">The first margin above the lowest rank sum (positive): a post's worth of rank-sum change is a good start.</param>
    public void Reset(long initialMargin)
    {
        margin = Math.Max(1, initialMargin);
        firstsSinceRebuild = 4;
        Rebuild();
    }

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in the general order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Precedes(int a, int b) =>
        rankSums[a] < rankSums[b] || (rankSums[a] == rankSums[b] && tieRanks[a] < tieRanks[b]);

    /// <summary>The court's rank sum went down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Decreased(int court)
    {
        if (rankSums[court] <= threshold)
        {
            List(court);
        }
    }

    /// <summary>
    /// Adds <paramref name="change"/> (negative or zero) to the rank sums of <paramref name="courts"/>, listing those
    /// that fall under the threshold: the hot loop of the allocation (one add, one store, one comparison with a local
    /// per court). Unchecked: a rank sum is at most Σ scaled weights (each ≤ 10^9) × 2 × courts, far from 2^63.
    /// </summary>
    public void Decrease(ReadOnlySpan<int> courts, long change)
    {
        var sums = rankSums;
        var under = threshold;
        foreach (var court in courts)
        {
            var sum = unchecked(sums[court] + change);
            sums[court] = sum;
            if (sum <= under)
            {
                List(court);
            }
        }
    }

    /// <summary>
    /// <see cref="Decrease"/> for the courts at positions [<paramref name="start"/>, <paramref name="end"/>) of a
    /// criterion's order while moving each, with its key, one position back (the courts a falling court passes): one
    /// pass over them for both.
    /// </summary>
    /// <param name="order">The criterion's courts by position.</param>
    /// <param name="keys">Their keys, moved with them.</param>
    /// <param name="positions">Each court's position, rewritten.</param>
    /// <param name="start">The first position moved (above 0).</param>
    /// <param name="end">The end of the positions moved (exclusive).</param>
    /// <param name="change">Added to each one's rank sum (negative or zero).</param>
    public void DecreaseMovingBack(int[] order, double[] keys, int[] positions, int start, int end, long change)
    {
        var sums = rankSums;
        var under = threshold;
        for (var k = start; k < end; k++)
        {
            var court = order[k];
            order[k - 1] = court;
            keys[k - 1] = keys[k];
            positions[court] = k - 1;
            var sum = unchecked(sums[court] + change);
            sums[court] = sum;
            if (sum <= under)
            {
                List(court);
            }
        }
    }

    /// <summary>Adds <paramref name="change"/> (positive or zero) to the rank sums of <paramref name="courts"/>.</summary>
    public void Increase(ReadOnlySpan<int> courts, long change)
    {
        if (change == 0)
        {
            return;
        }

        var sums = rankSums;
        foreach (var court in courts)
        {
            sums[court] = unchecked(sums[court] + change);
        }
    }

    /// <summary>The court can take no more posts.</summary>
    public void Remove(int court) => candidate[court] = false;

    /// <summary>
    /// The first candidate in the general order, or -1 when there is none. Reads the list once, dropping the courts
    /// that are no longer candidates or have risen above the threshold; when none is left, or when the list has grown
    /// long (more than 4 √courts), rebuilds it.
    /// O(listed courts), plus O(courts) on a rebuild.
    /// </summary>
    public int First()
    {
        firstsSinceRebuild++;
        while (true)
        {
            var best = -1;
            var kept = 0;
            for (var k = 0; k < leadingCount; k++)
            {
                var court = leading[k];
                if (candidate[court] && rankSums[court] <= threshold)
                {
                    leading[kept++] = court;
                    if (best < 0 || Precedes(court, best))
                    {
                        best = court;
                    }
                }
                else
                {
                    listed[court] = false;
                }
            }

            leadingCount = kept;
            if (best >= 0 && (kept <= 4 * targetCount || margin == 1))
            {
                return best;
            }

            // Empty: a new threshold above the lowest rank sum; too long: a lower one.
            if (!Rebuild(tooLong: best >= 0))
            {
                return -1;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void List(int court)
    {
        if (!listed[court] && candidate[court])
        {
            listed[court] = true;
            leading[leadingCount++] = court;
        }
    }

    /// <summary>
    /// Sets the threshold a margin above the lowest candidate rank sum and lists every candidate under it; false when no
    /// court is a candidate. The margin is halved when the list came out (or grew) long and doubled when the previous
    /// list lasted only a few posts, so that reading the list and rebuilding it stay balanced.
    /// </summary>
    private bool Rebuild(bool tooLong = false)
    {
        var lowest = long.MaxValue;
        for (var court = 0; court < rankSums.Length; court++)
        {
            if (candidate[court] && rankSums[court] < lowest)
            {
                lowest = rankSums[court];
            }
        }

        if (lowest == long.MaxValue)
        {
            return false;
        }

        if (tooLong)
        {
            margin = Math.Max(1, margin / 2);
        }
        else if (firstsSinceRebuild < 4 && margin < long.MaxValue / 4)
        {
            margin *= 2;
        }

        firstsSinceRebuild = 0;
        threshold = lowest > long.MaxValue - margin ? long.MaxValue : lowest + margin;
        Array.Clear(listed);
        leadingCount = 0;
        for (var court = 0; court < rankSums.Length; court++)
        {
            if (candidate[court] && rankSums[court] <= threshold)
            {
                listed[court] = true;
                leading[leadingCount++] = court;
            }
        }

        if (leadingCount > 4 * targetCount && margin > 1)
        {
            margin /= 2;
        }

        return true;
    }
}
