using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// The courts that receive the posts (the choices of <see cref="PostAllocator.AllocateCourts(AllocationProblem, AllocationWorkspace, Span{int})"/>)
/// for many problems whose figures stay close to one template, the runs of a sensitivity study, computed with vector
/// operations and no sorted order, as long as no two loads of a criterion are close: then every comparison of two loads
/// is decided exactly by their approximations, every criterion's ranks are distinct, and a tie convention plays no
/// part. When two loads come within the tolerance, <see cref="TryAllocate"/> stops and returns false, and the caller
/// allocates with <see cref="PostAllocator"/>, which settles them exactly.
/// </summary>
/// <remarks>
/// <para>State: per criterion, every court's load as a key (the approximate load, its opposite when the criterion ranks
/// the highest load first: smaller is better); per court, one packed number, its rank sum (weights × doubled ranks)
/// shifted left past the bits of its tie rank, which fills them, plus 2^62 once it can take no more posts. The first court
/// in the general order is then the smallest packed number, found by one vector pass.</para>
/// <para>Ranks: court i's rank on a criterion is 1 + the number of keys smaller than its own. The courts are taken in the
/// template's order of that criterion, which a run's perturbed keys leave nearly sorted, and each court counts the
/// smaller keys among the 64 template neighbours around its place (those before the window are taken as smaller, those
/// after as larger). Writing each key at the place it counts and checking that the result is strictly increasing, with
/// every gap above the tolerance, proves every count right; otherwise the criterion is sorted in full and checked
/// again.</para>
/// <para>A post: when court x's key on a criterion goes from a to b, each other court j's doubled rank changes by
/// 2 × ([key_j &gt; b] − [key_j &gt; a]) (x is ahead of j when its key is smaller), and x's by the opposite of their
/// total: one vector pass over the criterion's keys. The same pass checks that no key lies within the tolerance of b,
/// which keeps every pair of keys apart by more than the tolerance from one post to the next.</para>
/// <para>The tolerance is <see cref="PostAllocator"/>'s: 4 × 10^-12 of the key, four times the margin beyond which
/// <see cref="ExactLoad.ClearlyApart"/> trusts the approximations.</para>
/// <para>Cost per problem: O(criteria × courts) for the ranks (O(criteria × courts log courts) for a criterion whose
/// keys moved more than 8 places), plus O(posts × criteria × courts / 8) vector operations (/ 4 without AVX-512: the
/// counts, the passes of a criterion without ties and the search for the first court use 512-bit vectors when the machine
/// accelerates them, 256-bit ones otherwise). Nothing is allocated after construction.</para>
/// </remarks>
internal sealed class SeparatedLoadsAllocator
{
    private const int Lanes = 4;
    private const int WideLanes = 8;
    private const int HalfWindow = 32;
    private const long Retired = 1L << 62;
    private const long NoCandidate = 1L << 61;
    private readonly int n;
    private readonly int padded;
    private readonly int m;
    private readonly int shift;
    private readonly int[][] startOrders;
    private readonly double[] keyTable;
    private readonly long[] sums;
    private readonly long[] hundredths;
    private readonly int[] allocated;
    private readonly int[] perMagistrate;
    private readonly long[] stepWeights;
    private readonly long[] levelWeights;
    private readonly bool[] tied;
    private readonly double[] windowKeys;
    private readonly double[][] initialDenominators;
    private int[][]? denominatorsOf;
    private int[]? headcountsOf;
    private readonly double[] placedKeys;
    private readonly int[] placedCourts;

    private SeparatedLoadsAllocator(CompiledCourts template, int shift)
    {
        n = template.CourtCount;
        m = template.CriterionCount;
        padded = (n + WideLanes - 1) / WideLanes * WideLanes;
        this.shift = shift;
        sums = new long[padded];
        Array.Fill(sums, long.MaxValue);
        hundredths = new long[n];
        allocated = new int[n];
        perMagistrate = Enumerable.Range(0, m).Where(c => template.PerMagistrate[c]).ToArray();
        stepWeights = template.ScaledWeights.Select(w => (2 * w) << shift).ToArray();
        var equalContribution = template.TieConvention == Model.TieConvention.Fractional ? 1 : 0;
        levelWeights = template.ScaledWeights.Select(w => (equalContribution * w) << shift).ToArray();
        tied = new bool[m];
        windowKeys = new double[n + (2 * HalfWindow)];
        windowKeys.AsSpan(0, HalfWindow).Fill(double.NegativeInfinity);
        windowKeys.AsSpan(n + HalfWindow).Fill(double.PositiveInfinity);
        placedKeys = new double[n];
        placedCourts = new int[n];
        keyTable = new double[m * padded];
        startOrders = new int[m][];
        initialDenominators = new double[m][];
        for (var c = 0; c < m; c++)
        {
            initialDenominators[c] = new double[n];
            KeysOf(c)[n..].Fill(double.NaN);
            startOrders[c] = Enumerable.Range(0, n).ToArray();
            var templateKeys = new double[n];
            for (var i = 0; i < n; i++)
            {
                templateKeys[i] = Key(template, c, i, template.CorrectedHundredths(i, 0));
            }

            Array.Sort(templateKeys, startOrders[c]);
        }
    }

    /// <summary>
    /// The allocator for problems of <paramref name="template"/>'s size, criteria and weights, with the template's
    /// orders as the starting point of every ranking; null when the vector operations are not accelerated on this
    /// machine or the packed numbers could overflow (rank sums beyond 2^60 with the tie ranks' bits).
    /// </summary>
    public static SeparatedLoadsAllocator? Create(CompiledCourts template)
    {
        if (!Vector256.IsHardwareAccelerated || template.CourtCount == 0)
        {
            return null;
        }

        var shift = BitOperations.Log2((uint)template.CourtCount) + 1;
        var limit = (1L << 60) >> shift;
        long weights = 0;
        foreach (var weight in template.ScaledWeights)
        {
            weights += weight;
            if (weight < 0 || weights > limit / (2L * (template.CourtCount + 1)))
            {
                return null;
            }
        }

        return new SeparatedLoadsAllocator(template, shift);
    }

    /// <summary>
    /// Allocates <paramref name="posts"/> posts on <paramref name="data"/> (of the template's size, criteria and
    /// weights): writes each post's court (input index) to <paramref name="courtOfPost"/> and the number placed to
    /// <paramref name="placed"/>, and returns true; returns false, with nothing to read, as soon as two loads of a
    /// criterion are close.
    /// </summary>
    public bool TryAllocate(CompiledCourts data, int posts, Span<int> courtOfPost, out int placed)
    {
        unchecked
        {
            placed = 0;
            for (var i = 0; i < n; i++)
            {
                allocated[i] = 0;
                hundredths[i] = data.CorrectedHundredths(i, 0);
                sums[i] = data.TieRanks[i] + (data.Eligible[i] && data.Caps[i] > 0 ? 0 : Retired);
            }

            for (var c = 0; c < m; c++)
            {
                if (!Rank(data, c))
                {
                    return false;
                }
            }

            for (var post = 0; post < posts; post++)
            {
                var x = First();
                if (sums[x] >= NoCandidate)
                {
                    placed = post;
                    return true;
                }

                courtOfPost[post] = x;
                var taken = ++allocated[x];
                var after = data.CorrectedHundredths(x, taken);
                if (after != hundredths[x])
                {
                    foreach (var c in perMagistrate)
                    {
                        if (!Move(data, c, x, after))
                        {
                            return false;
                        }
                    }

                    hundredths[x] = after;
                }

                if (taken >= data.Caps[x])
                {
                    sums[x] += Retired;
                }
            }

            placed = posts;
            return true;
        }
    }

    /// <summary>Court i's key on criterion c for a corrected headcount: the approximation of <see cref="CompiledCourts.Load"/>, negated for a descending criterion.</summary>
    private static double Key(CompiledCourts data, int c, int i, long correctedHundredths)
    {
        long denominator = data.Counts[c][i];
        if (data.PerMagistrate[c])
        {
            denominator *= correctedHundredths;
        }

        var approximate = data.ApproximateNumerators[c][i] / denominator;
        return data.Descending[c] ? -approximate : approximate;
    }

    /// <summary>
    /// Whether the keys of <paramref name="sorted"/> never decrease and each is either equal to the one before or above
    /// it by more than the tolerance (false on a NaN: a place no court took).
    /// </summary>
    private static bool Separated(ReadOnlySpan<double> sorted)
    {
        unchecked
        {
            var separated = true;
            for (var k = 1; k < sorted.Length; k++)
            {
                var gap = sorted[k] - sorted[k - 1];
                separated &= gap > 4e-12 * Math.Abs(sorted[k - 1]) || gap == 0;
            }

            return separated;
        }
    }

    /// <summary>Criterion c's keys and ranks, added to the rank sums; false when two keys are close but not equal, or equal without their loads being equal.</summary>
    private bool Rank(CompiledCourts data, int c)
    {
        unchecked
        {
            var order = startOrders[c];
            var window = windowKeys;
            var criterionKeys = KeysOf(c);
            WriteKeys(data, c, criterionKeys);
            for (var p = 0; p < n; p++)
            {
                window[HalfWindow + p] = criterionKeys[order[p]];
            }

            var sortedKeys = placedKeys.AsSpan();
            var sortedCourts = placedCourts.AsSpan();
            sortedKeys.Fill(double.NaN);
            var placed = true;
            ref var origin = ref MemoryMarshal.GetArrayDataReference(window);
            for (var p = 0; p < n; p++)
            {
                // Window positions p - 32 … p + 31 of the template's order (the padding counts as smaller before, larger after).
                var key = window[HalfWindow + p];
                var rank = p - HalfWindow + CountSmaller(ref Unsafe.Add(ref origin, p), key);

                // Equal keys count the same smaller ones: each takes the next free place.
                while (rank < n && !double.IsNaN(sortedKeys[rank]))
                {
                    rank++;
                }

                if (rank == n)
                {
                    placed = false;
                    break;
                }

                sortedKeys[rank] = key;
                sortedCourts[rank] = order[p];
            }

            if (!placed || !Separated(sortedKeys))
            {
                window.AsSpan(HalfWindow, n).CopyTo(sortedKeys);
                order.CopyTo(sortedCourts);
                sortedKeys.Sort(sortedCourts);
                if (!Separated(sortedKeys))
                {
                    return false;
                }
            }

            var weight = stepWeights[c];
            tied[c] = false;
            for (var r = 0; r < n;)
            {
                var court = sortedCourts[r];
                var key = sortedKeys[r];
                if (r + 1 == n || sortedKeys[r + 1] != key)
                {
                    sums[court] += weight * (1 + r);
                    r++;
                    continue;
                }

                // Equal keys: equal loads (checked exactly) share 2 + 2 × (courts ahead) + equalContribution × (others level).
                var end = r + 1;
                var load = data.Load(c, court, hundredths[court]);
                while (end < n && sortedKeys[end] == key)
                {
                    if (ExactLoad.Compare(data.Load(c, sortedCourts[end], hundredths[sortedCourts[end]]), load) != 0)
                    {
                        return false;
                    }

                    end++;
                }

                tied[c] = true;
                var shared = (weight * (1 + r)) + (levelWeights[c] * (end - r - 1));
                for (var k = r; k < end; k++)
                {
                    sums[sortedCourts[k]] += shared;
                }

                r = end;
            }

            return true;
        }
    }

    /// <summary>
    /// Every court's key on criterion c before any post, by court: the numerators divided by the denominators, four at
    /// a time (the same IEEE divisions as <see cref="Key"/>, hence the same doubles).
    /// </summary>
    private void WriteKeys(CompiledCourts data, int c, Span<double> criterionKeys)
    {
        // The denominators depend only on the years and headcounts, which a perturbed copy shares with its source
        // (CompiledCourts.WithOwnNumerators): computed again only for other figures.
        if (!ReferenceEquals(data.Counts, denominatorsOf) || !ReferenceEquals(data.NonSpecialized, headcountsOf))
        {
            for (var k = 0; k < m; k++)
            {
                for (var court = 0; court < n; court++)
                {
                    long denominator = data.Counts[k][court];
                    if (data.PerMagistrate[k])
                    {
                        denominator *= data.CorrectedHundredths(court, 0);
                    }

                    initialDenominators[k][court] = denominator;
                }
            }

            denominatorsOf = data.Counts;
            headcountsOf = data.NonSpecialized;
        }

        var numerators = data.ApproximateNumerators[c].AsSpan(0, n);
        var denominators = initialDenominators[c].AsSpan(0, n);
        var target = criterionKeys[..n];
        var sign = Vector256.Create(data.Descending[c] ? -0.0 : 0.0);
        var i = 0;
        for (; i + Lanes <= n; i += Lanes)
        {
            ((Vector256.Create(numerators.Slice(i, Lanes)) / Vector256.Create(denominators.Slice(i, Lanes))) ^ sign).CopyTo(target.Slice(i, Lanes));
        }

        for (; i < n; i++)
        {
            var approximate = numerators[i] / denominators[i];
            target[i] = data.Descending[c] ? -approximate : approximate;
        }
    }

    /// <summary>How many of the 64 keys from <paramref name="first"/> on are smaller than <paramref name="key"/>.</summary>
    private static int CountSmaller(ref double first, double key)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var wide = Vector512.Create(key);
            var w = (Vector512.LessThan(Vector512.LoadUnsafe(ref first, 0), wide).AsInt64()
                    + Vector512.LessThan(Vector512.LoadUnsafe(ref first, 8), wide).AsInt64())
                + (Vector512.LessThan(Vector512.LoadUnsafe(ref first, 16), wide).AsInt64()
                    + Vector512.LessThan(Vector512.LoadUnsafe(ref first, 24), wide).AsInt64())
                + ((Vector512.LessThan(Vector512.LoadUnsafe(ref first, 32), wide).AsInt64()
                    + Vector512.LessThan(Vector512.LoadUnsafe(ref first, 40), wide).AsInt64())
                + (Vector512.LessThan(Vector512.LoadUnsafe(ref first, 48), wide).AsInt64()
                    + Vector512.LessThan(Vector512.LoadUnsafe(ref first, 56), wide).AsInt64()));
            return unchecked((int)-Vector512.Sum(w));
        }

        var probe = Vector256.Create(key);
        var a = Vector256.LessThan(Vector256.LoadUnsafe(ref first, 0), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 4), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 8), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 12), probe).AsInt64();
        var b = Vector256.LessThan(Vector256.LoadUnsafe(ref first, 16), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 20), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 24), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 28), probe).AsInt64();
        var c = Vector256.LessThan(Vector256.LoadUnsafe(ref first, 32), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 36), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 40), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 44), probe).AsInt64();
        var d = Vector256.LessThan(Vector256.LoadUnsafe(ref first, 48), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 52), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 56), probe).AsInt64()
            + Vector256.LessThan(Vector256.LoadUnsafe(ref first, 60), probe).AsInt64();
        return unchecked((int)-Vector256.Sum((a + b) + (c + d)));
    }

    /// <summary>Criterion c's keys, by court, then the padding (NaN).</summary>
    private Span<double> KeysOf(int c) => keyTable.AsSpan(c * padded, padded);

    /// <summary>
    /// Court x's corrected headcount becomes <paramref name="after"/>, hence its key on criterion c: every rank sum
    /// follows. False when another key is within the tolerance of the new one without being equal, or equal without
    /// its load being equal.
    /// </summary>
    private bool Move(CompiledCourts data, int c, int x, long after)
    {
        unchecked
        {
            var next = Key(data, c, x, after);
            var criterionKeys = KeysOf(c);
            var previous = criterionKeys[x];

            // x's own lane compares false with everything while the pass runs.
            criterionKeys[x] = double.NaN;
            var tolerance = 4e-12 * Math.Abs(next);
            var old = Vector256.Create(previous);
            var above = Vector256.Create(next + tolerance);
            var below = Vector256.Create(next - tolerance);
            var weight = Vector256.Create(stepWeights[c]);
            var close = Vector256<double>.Zero;
            var total = Vector256<long>.Zero;
            ref var keyOrigin = ref MemoryMarshal.GetReference(criterionKeys);
            ref var sumOrigin = ref MemoryMarshal.GetArrayDataReference(sums);
            if (!tied[c] && Vector512.IsHardwareAccelerated)
            {
                // The pass below, eight lanes at a time.
                var old8 = Vector512.Create(previous);
                var above8 = Vector512.Create(next + tolerance);
                var below8 = Vector512.Create(next - tolerance);
                var weight8 = Vector512.Create(stepWeights[c]);
                var close8 = Vector512<double>.Zero;
                var total8 = Vector512<long>.Zero;
                for (nuint v = 0; v < (nuint)padded; v += WideLanes)
                {
                    var key = Vector512.LoadUnsafe(ref keyOrigin, v);
                    var behindBefore = Vector512.GreaterThan(key, old8).AsInt64();
                    var behindAfter = Vector512.GreaterThan(key, above8);
                    close8 |= Vector512.AndNot(Vector512.GreaterThanOrEqual(key, below8), behindAfter);
                    var delta = (behindAfter.AsInt64() & weight8) - (behindBefore & weight8);
                    (Vector512.LoadUnsafe(ref sumOrigin, v) + delta).StoreUnsafe(ref sumOrigin, v);
                    total8 += delta;
                }

                criterionKeys[x] = next;
                sums[x] -= Vector512.Sum(total8);
                return close8 == Vector512<double>.Zero || Level(data, c, x, after, tolerance);
            }

            if (!tied[c])
            {
                // No two keys are equal: x is ahead of j exactly when its key is smaller.
                for (nuint v = 0; v < (nuint)padded; v += Lanes)
                {
                    var key = Vector256.LoadUnsafe(ref keyOrigin, v);
                    var behindBefore = Vector256.GreaterThan(key, old).AsInt64();
                    var behindAfter = Vector256.GreaterThan(key, above);
                    close |= Vector256.AndNot(Vector256.GreaterThanOrEqual(key, below), behindAfter);
                    var delta = (behindAfter.AsInt64() & weight) - (behindBefore & weight);
                    (Vector256.LoadUnsafe(ref sumOrigin, v) + delta).StoreUnsafe(ref sumOrigin, v);
                    total += delta;
                }

                criterionKeys[x] = next;
                sums[x] -= Vector256.Sum(total);
                return close == Vector256<double>.Zero || Level(data, c, x, after, tolerance);
            }

            // Equal keys are equal loads: x contributes equalContribution to the rank of a court level with it, and the
            // court the same to x's.
            var level = Vector256.Create(levelWeights[c]);
            var levelChange = Vector256<long>.Zero;
            for (nuint v = 0; v < (nuint)padded; v += Lanes)
            {
                var key = Vector256.LoadUnsafe(ref keyOrigin, v);
                var behindBefore = Vector256.GreaterThan(key, old).AsInt64();
                var behindAfter = Vector256.GreaterThan(key, above);
                var levelBefore = Vector256.Equals(key, old).AsInt64();
                var levelAfter = Vector256.Equals(key, Vector256.Create(next));
                close |= Vector256.AndNot(Vector256.GreaterThanOrEqual(key, below), behindAfter);
                var delta = (behindAfter.AsInt64() & weight) - (behindBefore & weight) + (levelAfter.AsInt64() & level) - (levelBefore & level);
                (Vector256.LoadUnsafe(ref sumOrigin, v) + delta).StoreUnsafe(ref sumOrigin, v);
                total += delta;
                levelChange += levelBefore - levelAfter.AsInt64();
            }

            criterionKeys[x] = next;

            // Each court level with x after (before) adds (removes) 2 - 2 × equalContribution to x's rank beyond the
            // opposite of its own change.
            sums[x] -= Vector256.Sum(total) + ((stepWeights[c] - (2 * levelWeights[c])) * Vector256.Sum(levelChange));
            return close == Vector256<double>.Zero || Exact(data, c, x, after, tolerance);
        }
    }

    /// <summary>
    /// After a pass without ties found keys within the tolerance of x's new key: each must be equal to it with an equal
    /// load; then it is level with x, which the pass counted as behind neither time: the court gains
    /// equalContribution from x, x's rank changes by equalContribution - 2 for it, and the criterion has ties from now on.
    /// </summary>
    private bool Level(CompiledCourts data, int c, int x, long after, double tolerance)
    {
        if (!Exact(data, c, x, after, tolerance))
        {
            return false;
        }

        var criterionKeys = KeysOf(c);
        var next = criterionKeys[x];
        for (var j = 0; j < n; j++)
        {
            if (j != x && criterionKeys[j] == next)
            {
                sums[j] += levelWeights[c];
                sums[x] -= stepWeights[c] - levelWeights[c];
                tied[c] = true;
            }
        }

        return true;
    }

    /// <summary>Whether every other key within the tolerance of x's new key is equal to it with an equal load.</summary>
    private bool Exact(CompiledCourts data, int c, int x, long after, double tolerance)
    {
        var criterionKeys = KeysOf(c);
        var next = criterionKeys[x];
        var load = data.Load(c, x, after);
        for (var j = 0; j < n; j++)
        {
            var key = criterionKeys[j];
            if (j != x && Math.Abs(key - next) <= tolerance
                && (key != next || ExactLoad.Compare(data.Load(c, j, hundredths[j]), load) != 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The court with the smallest packed number: the first in the general order among those that can take a post, if any.</summary>
    private int First()
    {
        unchecked
        {
            ref var origin = ref MemoryMarshal.GetArrayDataReference(sums);
            if (Vector512.IsHardwareAccelerated)
            {
                var least8 = Vector512.Create(long.MaxValue);
                for (nuint v = 0; v < (nuint)padded; v += WideLanes)
                {
                    least8 = Vector512.Min(least8, Vector512.LoadUnsafe(ref origin, v));
                }

                var half = Vector256.Min(least8.GetLower(), least8.GetUpper());
                var target8 = Vector512.Create(Math.Min(Math.Min(half[0], half[1]), Math.Min(half[2], half[3])));
                for (nuint v = 0; ; v += WideLanes)
                {
                    var found = Vector512.Equals(Vector512.LoadUnsafe(ref origin, v), target8).ExtractMostSignificantBits();
                    if (found != 0)
                    {
                        return (int)v + BitOperations.TrailingZeroCount(found);
                    }
                }
            }

            var least = Vector256.Create(long.MaxValue);
            for (nuint v = 0; v < (nuint)padded; v += Lanes)
            {
                least = Vector256.Min(least, Vector256.LoadUnsafe(ref origin, v));
            }

            var smallest = Math.Min(Math.Min(least[0], least[1]), Math.Min(least[2], least[3]));
            var target = Vector256.Create(smallest);
            for (nuint v = 0; ; v += Lanes)
            {
                var found = Vector256.Equals(Vector256.LoadUnsafe(ref origin, v), target).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return (int)v + BitOperations.TrailingZeroCount(found);
                }
            }
        }
    }
}
