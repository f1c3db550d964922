using System.Runtime.CompilerServices;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// <i>Répartition des emplois</i>: the method of Circ. SJ 00-124, annexe I, 1, computed incrementally; the production
/// implementation, proved equal to <see cref="ReferencePostAllocator"/> on random inputs.
/// </summary>
/// <remarks>
/// <para>A post changes one court's corrected headcount, hence only that court's loads on the per-magistrate criteria.
/// Each criterion keeps its courts sorted by load (then by input index), with each load's double key alongside; when
/// court x's load moves from L to L', only the courts whose load lies between L and L' change their relation to x. They
/// form three runs of the sorted order next to x (level with the old load, strictly between, level with the new load),
/// bounded by probing x's neighbours (keys first, exact loads only within the tolerance); within a run every court's
/// (doubled) rank changes by the same amount, so the loop over it compares no load; x's own rank changes by the
/// opposite of theirs, and x moves to its new place with one shift of the positions between (when it falls back, the
/// same pass over the courts it passes changes their rank sums). <see cref="LeadingCandidates"/> keeps the
/// courts that can still take a post and lists those whose rank sum is under a threshold, so the next court is found
/// among a few listed ones.</para>
/// <para>Cost per post: O(criteria × (log courts + b) + listed courts), plus O(courts) when the list is rebuilt, where b
/// is the number of courts x crosses; plus O(criteria × courts log courts) once to sort (O(criteria × (courts + inversions)) when a reused workspace's
/// previous orders are close to this problem's).
/// Memory: O(courts × criteria), allocated before the loop; the loop allocates only the result's entries.</para>
/// </remarks>
public sealed class PostAllocator : IPostAllocator
{
    /// <summary>The working arrays of the last allocation, for the next one of the same size (null while a call holds them).</summary>
    private AllocationWorkspace? spare;

    /// <inheritdoc />
    /// <remarks>
    /// Safe to call from several threads at once. The allocator keeps the working arrays of its last allocation
    /// (12 bytes per court and criterion plus about 50 per court: 1.4 MB for 10,000 courts and 7 criteria) and reuses
    /// them for the next allocation of the same size; a call takes them atomically, so two concurrent calls never
    /// share them (the second one allocates its own). Nothing in the result refers to them.
    /// </remarks>
    public AllocationResult Allocate(AllocationProblem problem)
    {
        Guard.NotNull(problem);
        var data = problem.Compiled;
        var workspace = Interlocked.Exchange(ref spare, null) ?? new AllocationWorkspace();
        var result = workspace.StateFor(data).Run(problem.Posts);
        Volatile.Write(ref spare, workspace);
        return result;
    }

    /// <summary>
    /// The courts that receive the posts, in order, without the audit trail or the final ranking: the same choices as
    /// <see cref="Allocate"/> (the same code decides them), for callers that run many allocations and read only who
    /// gets what (<see cref="Sensitivity.SensitivityStudy"/>). With a <paramref name="workspace"/> that already served a
    /// problem of the same size, the call allocates nothing.
    /// </summary>
    /// <param name="problem">The validated problem.</param>
    /// <param name="workspace">The working arrays, reused from call to call; one caller at a time.</param>
    /// <param name="courtOfPost">Receives, for each allocated post in order, the input index of its court (in <see cref="AllocationProblem.Courts"/>); at least <see cref="AllocationProblem.Posts"/> long.</param>
    /// <returns>The number of posts allocated (the others could not be placed: no eligible court below its cap).</returns>
    /// <exception cref="ArgumentException"><paramref name="courtOfPost"/> is shorter than the number of posts.</exception>
    public static int AllocateCourts(AllocationProblem problem, AllocationWorkspace workspace, Span<int> courtOfPost)
    {
        Guard.NotNull(problem);
        Guard.NotNull(workspace);
        return AllocateCourts(problem.Compiled, problem.Posts, workspace, courtOfPost);
    }

    /// <summary><see cref="AllocateCourts(AllocationProblem, AllocationWorkspace, Span{int})"/> on compiled figures (the sensitivity study's perturbed copies).</summary>
    internal static int AllocateCourts(CompiledCourts data, int posts, AllocationWorkspace workspace, Span<int> courtOfPost)
    {
        if (courtOfPost.Length < posts)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must hold at least {posts} entries, one per post (was {courtOfPost.Length})."), nameof(courtOfPost));
        }

        return workspace.StateFor(data).RunCourts(posts, courtOfPost);
    }

    /// <summary>
    /// The arrays an allocation works in, none of which the result refers to: every one is written before it is read
    /// (or cleared) by <see cref="IncrementalState"/>, so that they can serve one allocation after another.
    /// </summary>
    internal sealed class Workspace
    {
        public Workspace(int courts, int criteria)
        {
            Allocated = new int[courts];
            Hundredths = new long[courts];
            Order = new int[criteria][];
            OrderKeys = new double[criteria][];
            StartOrders = new int[criteria][];
            Positions = new int[criteria][];
            for (var c = 0; c < criteria; c++)
            {
                Order[c] = new int[courts];
                OrderKeys[c] = new double[courts];
                StartOrders[c] = new int[courts];
                Positions[c] = new int[courts];
                for (var i = 0; i < courts; i++)
                {
                    StartOrders[c][i] = i;
                }
            }

            LevelStarts = new int[criteria];
            LevelEnds = new int[criteria];
            ChosenPositions = new int[criteria];
            RankSums = new long[courts];
            TieRanks = new int[courts];
            Original = new int[courts];
            InternalOf = new int[courts];
            for (var i = 0; i < courts; i++)
            {
                Original[i] = i;
            }

            Candidate = new bool[courts];
            Keys = new double[courts];
            Sorted = new int[courts];
            Sums = new long[courts];
            Ties = new int[courts];
        }

        public int[] Allocated { get; }

        public long[] Hundredths { get; }

        public int[][] Order { get; }

        public double[][] OrderKeys { get; }

        public int[] LevelStarts { get; }

        public int[] LevelEnds { get; }

        public int[] ChosenPositions { get; }

        public long[] RankSums { get; }

        public int[] TieRanks { get; }

        /// <summary>Each internal index's input index; between calls, the last call's numbering (the next one starts its sort from it).</summary>
        public int[] Original { get; }

        /// <summary>Each input index's internal index (the inverse of <see cref="Original"/>).</summary>
        public int[] InternalOf { get; }

        /// <summary>Per criterion, the courts (input indices) in the order of the last call's loads before any post: the next call's sort starts from it.</summary>
        public int[][] StartOrders { get; }

        /// <summary>Per criterion, each court's position in <see cref="Order"/> (internal indices): kept with the order, so that the chosen court is found without a search.</summary>
        public int[][] Positions { get; }

        public bool[] Candidate { get; }

        public List<int> OutsideCandidates { get; } = [];

        /// <summary>Scratch: the first criterion's keys by input index (<see cref="IncrementalState"/>.LocalityOrder).</summary>
        public double[] Keys { get; }

        /// <summary>Scratch of the final ranking's sort.</summary>
        public int[] Sorted { get; }

        /// <summary>Scratch of the final ranking's sort.</summary>
        public long[] Sums { get; }

        /// <summary>Scratch of the final ranking's sort.</summary>
        public int[] Ties { get; }
    }

    /// <summary>
    /// One allocation's state over a <see cref="Workspace"/>: built once per workspace, then <see cref="Begin"/> sets it
    /// up for each problem of that size (so that a repeated call allocates nothing).
    /// </summary>
    internal sealed class IncrementalState
    {

        private readonly int n;
        private readonly int m;
        private readonly int[] perMagistrate;
        private readonly ExactLoad[] nextLoads;
        private readonly int[] allocated;
        private readonly long[] hundredths;
        private readonly int[][] order;
        private readonly double[][] orderKeys;
        private readonly int[][] positions;
        private readonly int[] levelStarts;
        private readonly int[] levelEnds;
        private readonly int[] chosenPositions;
        private readonly long[] rankSums;
        private readonly int[] tieRanks;
        private readonly int[] original;
        private readonly LeadingCandidates candidates;
        private readonly List<int> outsideCandidates;
        private readonly Workspace workspace;
        private CompiledCourts data = null!;
        private int equalContribution;
        private int perMagistrateCount;

        public IncrementalState(int courts, int criteria)
        {
            workspace = new Workspace(courts, criteria);
            n = courts;
            m = criteria;
            perMagistrate = new int[criteria];
            nextLoads = new ExactLoad[criteria];
            allocated = workspace.Allocated;
            hundredths = workspace.Hundredths;
            order = workspace.Order;
            orderKeys = workspace.OrderKeys;
            positions = workspace.Positions;
            levelStarts = workspace.LevelStarts;
            levelEnds = workspace.LevelEnds;
            chosenPositions = workspace.ChosenPositions;
            rankSums = workspace.RankSums;
            original = workspace.Original;
            tieRanks = workspace.TieRanks;
            outsideCandidates = workspace.OutsideCandidates;
            candidates = new LeadingCandidates(rankSums, tieRanks, workspace.Candidate);
        }

        /// <summary>Whether the state serves problems of this size.</summary>
        public bool Fits(int courts, int criteria) => n == courts && m == criteria;

        /// <summary>
        /// Whether the numbering and each criterion's start order stay those of the last call made before this was set
        /// (<see cref="AllocationWorkspace.KeepStartOrders"/>): every later sort starts from them instead of from the
        /// previous call's order. Results never depend on it.
        /// </summary>
        public bool StartOrdersKept { get; set; }

        /// <summary>Sets the state up for <paramref name="problem"/> (of this state's size): headcounts, sorted criteria, rank sums, candidates. O(criteria × courts log courts).</summary>
        public IncrementalState Begin(CompiledCourts problem)
        {
            data = problem;
            equalContribution = data.TieConvention == TieConvention.Fractional ? 1 : 0;
            perMagistrateCount = 0;
            for (var c = 0; c < m; c++)
            {
                if (data.PerMagistrate[c])
                {
                    perMagistrate[perMagistrateCount++] = c;
                }
            }

            Array.Clear(allocated);
            Array.Clear(rankSums);
            if (!StartOrdersKept)
            {
                LocalityOrder(data, original, workspace.Keys);
            }

            var internalOf = workspace.InternalOf;
            for (var i = 0; i < n; i++)
            {
                internalOf[original[i]] = i;
                hundredths[i] = data.CorrectedHundredths(original[i], 0);
            }

            for (var c = 0; c < m; c++)
            {
                InitialiseCriterion(c);
            }

            var candidate = workspace.Candidate;
            outsideCandidates.Clear();
            for (var i = 0; i < n; i++)
            {
                tieRanks[i] = data.TieRanks[original[i]];
                candidate[i] = data.Eligible[original[i]] && data.Caps[original[i]] > 0;
                if (!candidate[i])
                {
                    outsideCandidates.Add(i);
                }
            }

            long weights = 0;
            foreach (var weight in data.ScaledWeights)
            {
                weights += weight;
            }

            candidates.Reset(2 * weights);
            return this;
        }

        /// <summary>
        /// The posts without the audit trail: the same choices as <see cref="Run"/>, each court's input index written to
        /// <paramref name="courtOfPost"/>; returns the number allocated. Allocates nothing.
        /// </summary>
        public int RunCourts(int posts, Span<int> courtOfPost)
        {
            for (var post = 0; post < posts; post++)
            {
                var x = candidates.First();
                if (x < 0)
                {
                    return post;
                }

                var court = original[x];
                courtOfPost[post] = court;
                LocateChosen(x, null);
                Take(x, court);
            }

            return posts;
        }

        /// <summary>Court x (input index <paramref name="court"/>) takes a post: its count, its candidacy, and its loads move.</summary>
        private void Take(int x, int court)
        {
            var before = allocated[x];
            allocated[x] = before + 1;
            if (allocated[x] >= data.Caps[court])
            {
                candidates.Remove(x);
                outsideCandidates.Add(x);
            }

            var after = data.CorrectedHundredths(court, before + 1);
            if (after != hundredths[x])
            {
                // The new loads first (their divisions overlap), then the moves.
                for (var k = 0; k < perMagistrateCount; k++)
                {
                    nextLoads[k] = data.Load(perMagistrate[k], court, after);
                }

                for (var k = 0; k < perMagistrateCount; k++)
                {
                    Move(perMagistrate[k], x, nextLoads[k]);
                }

                hundredths[x] = after;
            }
        }

        public AllocationResult Run(int posts)
        {
            var allocations = new List<PostAllocation>(Math.Min(posts, 1 << 16));
            var trail = new StandingTable(data, Math.Min(posts, 64));
            var unallocated = 0;
            UnallocatedReason? reason = null;
            for (var post = 1; post <= posts; post++)
            {
                var x = candidates.First();
                if (x < 0)
                {
                    unallocated = posts - post + 1;
                    reason = data.Eligible.Contains(true) ? UnallocatedReason.AllEligibleCourtsAtCap : UnallocatedReason.NoEligibleCourt;
                    break;
                }

                var position = 1;
                foreach (var j in outsideCandidates)
                {
                    if (candidates.Precedes(j, x))
                    {
                        position++;
                    }
                }

                var court = original[x];
                var before = allocated[x];
                var after = data.CorrectedHundredths(court, before + 1);
                allocations.Add(new PostAllocation(
                    post,
                    data.Ids[court],
                    DisplayNumbers.RankSum(rankSums[x], data.WeightScale),
                    position,
                    before,
                    data.NonSpecialized[court] + before + data.Specialized[court],
                    DisplayNumbers.Hundredths(hundredths[x]),
                    DisplayNumbers.Hundredths(after),
                    new StandingRow(trail, LocateChosen(x, trail))));
                Take(x, court);
            }

            return new AllocationResult(posts, data.TieConvention, allocations, Totals(), unallocated, reason, FinalRanking());
        }

        /// <summary>
        /// The internal numbering of the courts: by initial load on the first criterion, so that the courts a post passes
        /// (neighbours in a criterion's order, and the criteria are correlated) are mostly neighbours in memory. Every
        /// array of this class is indexed by this numbering; <c>original</c> maps back to the input index. Results do not
        /// depend on it: ranks and the general order (rank sum, then tie ranks) ignore indices.
        /// </summary>
        private static void LocalityOrder(CompiledCourts data, int[] courts, double[] keys)
        {
            // courts holds the last call's numbering (a permutation): the sort starts from it.
            for (var i = 0; i < courts.Length; i++)
            {
                var court = courts[i];
                keys[i] = data.CriterionCount == 0 ? 0 : Key(data.Load(0, court, data.CorrectedHundredths(court, 0)), data.Descending[0]);
            }

            SortFrom(keys, courts, courts.Length);
        }

        /// <summary>
        /// Sorts <paramref name="keys"/> ascending and <paramref name="items"/> with them, starting from their order: an
        /// insertion sort, O(length + inversions), for the nearly sorted orders of repeated calls on similar figures
        /// (a sensitivity study's runs, the same problem again); when the inversions pass a budget of 8 per item, the
        /// rest goes to <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/> (O(length log length)). Equal
        /// keys may end in any order: callers re-sort them by their exact loads and indices.
        /// </summary>
        private static void SortFrom(double[] keys, int[] items, int length)
        {
            var budget = 8 * length;
            for (var i = 1; i < length; i++)
            {
                var key = keys[i];
                var j = i - 1;
                if (keys[j] <= key)
                {
                    continue;
                }

                var item = items[i];
                do
                {
                    keys[j + 1] = keys[j];
                    items[j + 1] = items[j];
                    j--;
                }
                while (j >= 0 && keys[j] > key);

                keys[j + 1] = key;
                items[j + 1] = item;
                budget -= i - j - 1;
                if (budget < 0)
                {
                    Array.Sort(keys, items, 0, length);
                    return;
                }
            }
        }

        /// <summary>
        /// Sorts one criterion by load, best first, then by index, gives equal loads their shared (doubled) rank and adds
        /// the weighted ranks to the rank sums. The keys are computed as <see cref="Key"/> of <see cref="LoadOf"/> (the
        /// same double, bit for bit) without forming the exact loads, and sorted as primitives (the first criterion is
        /// already in order: the internal numbering sorts it, see <see cref="LocalityOrder"/>); then one pass over the
        /// order: a court whose key is clearly apart from both neighbours' is a level of its own and takes its rank at
        /// once; each run of neighbours whose keys are too close to be trusted is sorted again by the exact loads and
        /// ranked level by level. Two loads in the wrong approximate order are within the tolerance of each other and
        /// of everything between, so they always fall in the same run.
        /// </summary>
        private void InitialiseCriterion(int c)
        {
            var descending = data.Descending[c];
            var perMagistrate = data.PerMagistrate[c];
            var counts = data.Counts[c];
            var numerators = data.ApproximateNumerators[c];
            var sorted = order[c];
            var keys = orderKeys[c];
            var startOrder = workspace.StartOrders[c];
            var internalOf = workspace.InternalOf;
            for (var k = 0; k < n; k++)
            {
                // The last call's initial order of this criterion, in this call's numbering: the sort starts from it.
                // The numbering itself is the first criterion's order (LocalityOrder), so that one starts sorted.
                // With the start orders kept, the numbering is an earlier call's and the first criterion starts from its
                // kept order like the others.
                var i = c == 0 && !StartOrdersKept ? k : internalOf[startOrder[k]];
                var court = original[i];
                long denominator = counts[court];
                if (perMagistrate)
                {
                    denominator *= hundredths[i];
                }

                var approximate = numerators[court] / denominator;
                sorted[k] = i;
                keys[k] = descending ? -approximate : approximate;
            }

            SortFrom(keys, sorted, n);

            var weight = data.ScaledWeights[c];
            var position = positions[c];
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && !ClearlyAbove(keys[end], keys[end - 1]))
                {
                    end++;
                }

                if (end - start == 1)
                {
                    var court = sorted[start];
                    rankSums[court] += weight * DoubledRank(start, end);
                    position[court] = start;
                }
                else
                {
                    SortExactly(c, start, end);
                    for (var level = start; level < end;)
                    {
                        var levelEnd = LevelEnd(c, level);
                        var doubled = DoubledRank(level, levelEnd);
                        for (var k = level; k < levelEnd; k++)
                        {
                            rankSums[sorted[k]] += weight * doubled;
                            position[sorted[k]] = k;
                        }

                        level = levelEnd;
                    }
                }

                start = end;
            }

            if (!StartOrdersKept)
            {
                for (var k = 0; k < n; k++)
                {
                    startOrder[k] = original[sorted[k]];
                }
            }
        }

        /// <summary>Sorts positions [start, end) of criterion c's order by the exact loads, best first, then by index, and rewrites their keys.</summary>
        private void SortExactly(int c, int start, int end)
        {
            var sorted = order[c];
            var keys = orderKeys[c];
            var descending = data.Descending[c];
            if (end - start > 16)
            {
                Array.Sort(sorted, start, end - start, Comparer<int>.Create((a, b) => ExactOrder(c, descending, a, b)));
            }
            else
            {
                // The short runs of real figures (close or equal loads), without the comparer's allocation.
                for (var i = start + 1; i < end; i++)
                {
                    var court = sorted[i];
                    var j = i - 1;
                    while (j >= start && ExactOrder(c, descending, sorted[j], court) > 0)
                    {
                        sorted[j + 1] = sorted[j];
                        j--;
                    }

                    sorted[j + 1] = court;
                }
            }

            for (var k = start; k < end; k++)
            {
                keys[k] = Key(LoadOf(c, sorted[k]), descending);
            }
        }

        /// <summary>The order of <see cref="SortExactly"/>: negative when court a comes first (its exact load ranks ahead, or it is level and has the lower index).</summary>
        private int ExactOrder(int c, bool descending, int a, int b)
        {
            var better = Better(descending, LoadOf(c, a), LoadOf(c, b));
            return better != 0 ? -better : a.CompareTo(b);
        }

        /// <summary>The end (exclusive) of the run of courts level with the one at position <paramref name="start"/> of criterion c's order, walking forward (the loads are computed only when the keys are too close to decide).</summary>
        private int LevelEnd(int c, int start)
        {
            var keys = orderKeys[c];
            var key = keys[start];
            var end = start + 1;
            while (end < n && !ExactLoad.ClearlyApart(keys[end], key) && ExactLoad.Compare(LoadOf(c, order[c][end]), LoadOf(c, order[c][start])) == 0)
            {
                end++;
            }

            return end;
        }

        /// <summary>The doubled rank shared by the courts at positions [start, end) of a criterion's order, all level: 2 + 2 × (courts strictly ahead) + equalContribution × (other courts with the same load).</summary>
        private long DoubledRank(int start, int end) => 2L + (2L * start) + ((long)equalContribution * (end - start - 1));

        /// <summary>
        /// Court i's current load on criterion c, computed from its current corrected headcount (loads are not stored: the
        /// sorted keys decide almost every comparison, and a load costs one division to recompute).
        /// </summary>
        private ExactLoad LoadOf(int c, int i) => data.Load(c, original[i], hundredths[i]);

        /// <summary>The approximate sort key of a load: smaller is better (the load itself when ascending, its opposite when descending).</summary>
        private static double Key(in ExactLoad load, bool descending) => descending ? -load.Approximate : load.Approximate;

        /// <summary>
        /// Court x's load on criterion c becomes <paramref name="next"/>. The other courts whose relation to x changes
        /// are those level with its old load, those strictly between the old and the new load, and those level with the
        /// new load: three runs of the order next to x's old place, each with one uniform change of x's contribution to
        /// their (doubled) rank: 2 when x is strictly ahead, <c>equalContribution</c> when level, 0 when behind; x's own
        /// rank changes by the opposite of theirs. The courts level with the old load and x's place among them were
        /// found when its standings were written (<see cref="LocateChosen"/>); the two other runs are bounded by
        /// <see cref="RunEnd"/>; then one loop per run adjusts the rank sums (no load compared inside) and x moves to its
        /// new place with one shift of the positions between.
        /// </summary>
        private void Move(int c, int x, in ExactLoad next)
        {
            var sorted = order[c];
            var keys = orderKeys[c];
            var nextKey = Key(next, data.Descending[c]);

            // x's stored key is its old load's key (the same double): the keys decide unless they are too close.
            var from = chosenPositions[c];
            var change = ExactLoad.ClearlyApart(nextKey, keys[from])
                ? (nextKey < keys[from] ? 1 : -1)
                : Better(data.Descending[c], next, LoadOf(c, x));
            if (change == 0)
            {
                return;
            }

            var eq = (long)equalContribution;
            var weight = data.ScaledWeights[c];
            var levelStart = levelStarts[c];
            var levelEnd = levelEnds[c];
            var oldLevelBefore = sorted.AsSpan(levelStart, from - levelStart);
            long oldLevelOthers = levelEnd - levelStart - 1;
            if (change < 0)
            {
                // x falls back. Courts level with its old load lose eq, those it passes lose 2, those level with its
                // new load lose 2 - eq; x goes among the latter in index order.
                var betweenEnd = RunEnd(c, levelEnd, 1, next, nextKey, 1);
                var newLevelEnd = RunEnd(c, betweenEnd, 1, next, nextKey, 0);
                var target = betweenEnd;
                while (target < newLevelEnd && sorted[target] < x)
                {
                    target++;
                }

                target--;

                // The courts from x's old place to its new one move back one position as their rank sums change, in one
                // pass; those level with either load on the far side of x keep their positions.
                if (eq != 0)
                {
                    candidates.Decrease(oldLevelBefore, -weight * eq);
                }

                var position = positions[c];
                candidates.DecreaseMovingBack(sorted, keys, position, from + 1, levelEnd, -weight * eq);
                candidates.DecreaseMovingBack(sorted, keys, position, levelEnd, betweenEnd, -2 * weight);
                candidates.DecreaseMovingBack(sorted, keys, position, betweenEnd, target + 1, (eq - 2) * weight);
                candidates.Decrease(sorted.AsSpan(target + 1, newLevelEnd - target - 1), (eq - 2) * weight);
                Place(c, target, x, nextKey);
                long between = betweenEnd - levelEnd;
                long newLevel = newLevelEnd - betweenEnd;
                rankSums[x] += weight * ((oldLevelOthers * (2 - eq)) + (between * 2) + (newLevel * eq));
            }
            else
            {
                // x moves ahead: the mirror image. Courts level with its old load gain 2 - eq, those it passes gain 2,
                // those level with its new load gain eq.
                var betweenStart = RunEnd(c, levelStart - 1, -1, next, nextKey, -1) + 1;
                var newLevelStart = RunEnd(c, betweenStart - 1, -1, next, nextKey, 0) + 1;
                candidates.Increase(oldLevelBefore, weight * (2 - eq));
                candidates.Increase(sorted.AsSpan(from + 1, levelEnd - from - 1), weight * (2 - eq));
                candidates.Increase(sorted.AsSpan(betweenStart, levelStart - betweenStart), 2 * weight);
                if (eq != 0)
                {
                    candidates.Increase(sorted.AsSpan(newLevelStart, betweenStart - newLevelStart), weight * eq);
                }

                var target = betweenStart;
                while (target > newLevelStart && sorted[target - 1] > x)
                {
                    target--;
                }

                Shift(c, target, target + 1, from - target);
                Place(c, target, x, nextKey);
                long between = levelStart - betweenStart;
                long newLevel = betweenStart - newLevelStart;
                var rankChangeOfX = -((oldLevelOthers * eq) + (between * 2) + (newLevel * (2 - eq)));
                if (rankChangeOfX != 0 && weight != 0)
                {
                    rankSums[x] += weight * rankChangeOfX;
                    candidates.Decreased(x);
                }
            }
        }

        /// <summary>
        /// Moves positions [source, source + length) of criterion c's order and its keys to [destination,
        /// destination + length) (overlapping, one place either way), recording the courts' new positions. O(length).
        /// </summary>
        private void Shift(int c, int source, int destination, int length)
        {
            var sorted = order[c];
            var keys = orderKeys[c];
            var position = positions[c];
            if (destination < source)
            {
                for (var k = 0; k < length; k++)
                {
                    var court = sorted[source + k];
                    sorted[destination + k] = court;
                    keys[destination + k] = keys[source + k];
                    position[court] = destination + k;
                }
            }
            else
            {
                for (var k = length - 1; k >= 0; k--)
                {
                    var court = sorted[source + k];
                    sorted[destination + k] = court;
                    keys[destination + k] = keys[source + k];
                    position[court] = destination + k;
                }
            }
        }

        /// <summary>Puts court x at position <paramref name="target"/> of criterion c's order with its key.</summary>
        private void Place(int c, int target, int x, double key)
        {
            order[c][target] = x;
            orderKeys[c][target] = key;
            positions[c][x] = target;
        }

        /// <summary>
        /// From position <paramref name="k"/>, going in <paramref name="direction"/> (1 or -1), the first position whose
        /// court does not compare with <paramref name="load"/> as <paramref name="sign"/> (1: ranks ahead of it, 0: level,
        /// -1: behind; see <see cref="Classify"/>), or the end of the order (n or -1). The order is sorted, so those
        /// positions form one run: up to 16 neighbours whose keys are clearly on the run's side are passed by plain
        /// comparisons with one precomputed bound (runs are short with real figures), the next ones are probed one by one,
        /// then by doubling steps and a binary search. O(log of the run's length).
        /// </summary>
        private int RunEnd(int c, int k, int direction, in ExactLoad load, double key, int sign)
        {
            // The first neighbours whose keys are clearly on the run's side, by plain comparisons of the contiguous keys
            // with a bound computed once; the first that is not (or the 17th) goes to the probes below.
            if (sign != 0)
            {
                var keys = orderKeys[c];
                var limit = direction > 0 ? Math.Min(n, k + 16) : Math.Max(-1, k - 16);
                if (sign > 0)
                {
                    var below = key - KeyTolerance(key);
                    while (k != limit && keys[k] < below)
                    {
                        k += direction;
                    }
                }
                else
                {
                    var above = key + KeyTolerance(key);
                    while (k != limit && keys[k] > above)
                    {
                        k += direction;
                    }
                }
            }

            return ProbeRunEnd(c, k, direction, load, key, sign);
        }

        /// <summary><see cref="RunEnd"/> by probing: the first neighbours one by one, then doubling steps and a binary search.</summary>
        private int ProbeRunEnd(int c, int k, int direction, in ExactLoad load, double key, int sign)
        {
            var outside = direction > 0 ? n : -1;
            var inside = k - direction;
            for (var probes = 0; probes < 4; probes++)
            {
                var probe = inside + direction;
                if (probe == outside || Classify(c, probe, load, key) != sign)
                {
                    return probe;
                }

                inside = probe;
            }

            for (var step = 2; ; step *= 2)
            {
                var probe = inside + (direction * step);
                if (direction > 0 ? probe >= n : probe < 0)
                {
                    break;
                }

                if (Classify(c, probe, load, key) != sign)
                {
                    outside = probe;
                    break;
                }

                inside = probe;
            }

            while (Math.Abs(outside - inside) > 1)
            {
                var mid = (inside + outside) >> 1;
                if (Classify(c, mid, load, key) == sign)
                {
                    inside = mid;
                }
                else
                {
                    outside = mid;
                }
            }

            return outside;
        }

        /// <summary>
        /// 1 when the court at position <paramref name="k"/> of criterion c's order ranks ahead of
        /// <paramref name="load"/> (whose key is <paramref name="key"/>), 0 when level, -1 when behind. The key decides
        /// when it is clearly apart from the load's; otherwise the exact loads do (see <see cref="BetterThanAt"/>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Classify(int c, int k, in ExactLoad load, double key)
        {
            var keyAtK = orderKeys[c][k];
            var tolerance = KeyTolerance(key);
            if (keyAtK < key - tolerance)
            {
                return 1;
            }

            if (keyAtK > key + tolerance)
            {
                return -1;
            }

            return Math.Sign(BetterThanAt(c, k, load));
        }

        /// <summary>
        /// Positive when the load at position <paramref name="k"/> of criterion c's order ranks ahead of
        /// <paramref name="load"/>, zero when equal. The contiguous keys decide clear cases without touching the loads
        /// (see <see cref="ExactLoad.ClearlyApart"/>).
        /// </summary>
        private int BetterThanAt(int c, int k, in ExactLoad load)
        {
            var descending = data.Descending[c];
            var keyAtK = orderKeys[c][k];
            var key = Key(load, descending);
            return ExactLoad.ClearlyApart(keyAtK, key)
                ? (keyAtK < key ? 1 : -1)
                : Better(descending, LoadOf(c, order[c][k]), load);
        }

        /// <summary>
        /// The standings of the court chosen for a post, before it takes it: on each criterion, its doubled rank
        /// 2 + 2 × (courts strictly ahead) + equalContribution × (other courts with the same load), from the run of
        /// courts level with its load (its position as kept with the order, then its neighbours both ways, which in
        /// practice compares two neighbours' keys), written as a new row of the audit trail when there is one
        /// (its loads are computed when read, from the headcount kept in the row; the row's index is returned, -1
        /// without a trail). The run and the position are kept for the moves that follow. O(criteria) in practice.
        /// </summary>
        private int LocateChosen(int court, StandingTable? trail)
        {
            var inputCourt = original[court];
            var headcount = hundredths[court];
            var row = trail?.Add(inputCourt, headcount) ?? -1;
            for (var c = 0; c < m; c++)
            {
                // The court's position is kept with the order, and its stored key is its load's; the load is formed
                // only when a neighbour's key is too close to decide.
                var position = positions[c][court];
                var keys = orderKeys[c];
                var key = keys[position];
                var tolerance = KeyTolerance(key);
                var (start, end) = (position > 0 && keys[position - 1] >= key - tolerance) || (position + 1 < n && keys[position + 1] <= key + tolerance)
                    ? LevelAround(c, position, LoadOf(c, court))
                    : (position, position + 1);
                chosenPositions[c] = position;
                levelStarts[c] = start;
                levelEnds[c] = end;
                trail?.SetRank(row, c, DoubledRank(start, end));
            }

            return row;
        }

        /// <summary>
        /// The positions [start, end) of the courts level with <paramref name="load"/> around <paramref name="position"/>
        /// (which holds it) in criterion c's order: neighbours whose keys are clearly apart end the run without
        /// touching the loads. O(courts in the run).
        /// </summary>
        private (int Start, int End) LevelAround(int c, int position, in ExactLoad load)
        {
            var keys = orderKeys[c];
            var key = keys[position];
            var tolerance = KeyTolerance(key);
            var start = position;
            while (start > 0 && keys[start - 1] >= key - tolerance && BetterThanAt(c, start - 1, load) == 0)
            {
                start--;
            }

            var end = position + 1;
            while (end < n && keys[end] <= key + tolerance && BetterThanAt(c, end, load) == 0)
            {
                end++;
            }

            return (start, end);
        }

        /// <summary>
        /// How far a stored key may be from <paramref name="key"/> while their loads could still compare otherwise than
        /// the keys do: a relative 4 × 10^-12, four times <see cref="ExactLoad.ClearlyApart"/>'s margin. Beyond it the
        /// keys decide; within it the exact loads do.
        /// </summary>
        private static double KeyTolerance(double key) => 4e-12 * Math.Abs(key);

        /// <summary>
        /// Whether <paramref name="next"/>, the key after <paramref name="key"/> in an order sorted by key, is above it by
        /// more than <see cref="KeyTolerance"/>: then its load is strictly worse (a gap above 4 × 10^-12 of one key is
        /// above 10^-12 of the larger, so <see cref="ExactLoad.ClearlyApart"/> holds). One subtraction and one
        /// multiplication, for the walks over a whole order.
        /// </summary>
        private static bool ClearlyAbove(double next, double key) => next - key > KeyTolerance(key);

        /// <summary>Positive when load a ranks ahead of load b on the criterion, zero when equal.</summary>
        private static int Better(bool descending, in ExactLoad a, in ExactLoad b)
        {
            var compared = ExactLoad.Compare(a, b);
            return descending ? compared : -compared;
        }

        private CourtTotals Totals()
        {
            var counts = new int[n];
            for (var i = 0; i < n; i++)
            {
                counts[original[i]] = allocated[i];
            }

            return new CourtTotals(data, counts);
        }

        /// <summary>
        /// Every court in the general order with its standings. The order: the rank sums sorted as primitive keys, then
        /// each run of equal rank sums by tie rank. The standings: one walk of each criterion's order over its groups of
        /// equal loads, written straight into each court's array. O(criteria × courts + courts log courts).
        /// </summary>
        private CourtStanding[] FinalRanking()
        {
            var sorted = workspace.Sorted;
            var sums = workspace.Sums;
            for (var i = 0; i < n; i++)
            {
                sorted[i] = i;
                sums[i] = rankSums[i];
            }

            Array.Sort(sums, sorted);
            var ties = workspace.Ties;
            var start = 0;
            while (start < n)
            {
                var end = start + 1;
                while (end < n && sums[end] == sums[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    for (var k = start; k < end; k++)
                    {
                        ties[k] = tieRanks[sorted[k]];
                    }

                    Array.Sort(ties, sorted, start, end - start);
                }

                start = end;
            }

            var standings = new StandingTable(data, n);
            for (var i = 0; i < n; i++)
            {
                standings.Add(original[i], hundredths[i]);
            }

            for (var c = 0; c < m; c++)
            {
                WriteStandings(c, standings);
            }

            var ranking = new CourtStanding[n];
            for (var k = 0; k < n; k++)
            {
                var i = sorted[k];
                var court = original[i];
                ranking[k] = new CourtStanding(
                    k + 1,
                    data.Ids[court],
                    DisplayNumbers.RankSum(rankSums[i], data.WeightScale),
                    allocated[i],
                    data.NonSpecialized[court] + allocated[i] + data.Specialized[court],
                    DisplayNumbers.Hundredths(hundredths[i]),
                    new StandingRow(standings, i));
            }

            return ranking;
        }

        /// <summary>Every court's rank on criterion c (row = internal index), by one walk of its order over the groups of equal loads.</summary>
        private void WriteStandings(int c, StandingTable standings)
        {
            var ranks = standings.DoubledRanks;
            var sorted = order[c];
            var keys = orderKeys[c];
            var start = 0;
            while (start < n)
            {
                // Most courts are a level of their own: their next neighbour's key is clearly apart.
                var end = start + 1 < n && !ClearlyAbove(keys[start + 1], keys[start]) ? LevelEnd(c, start) : start + 1;
                var rank = checked((int)DoubledRank(start, end));
                for (var k = start; k < end; k++)
                {
                    ranks[unchecked((sorted[k] * m) + c)] = rank;
                }

                start = end;
            }
        }
    }
}
