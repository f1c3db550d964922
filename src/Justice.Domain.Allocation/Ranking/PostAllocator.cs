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
/// Each criterion keeps its courts sorted by load (then by input index); when court x's load moves from L to L', only
/// the courts whose load lies between L and L' change their relation to x. They form one contiguous block of the sorted
/// order, found by binary search: their ranks and rank sums are adjusted by the change of x's contribution
/// (2 when x is strictly ahead, 1 when equal under fractional ranking, 0 otherwise; ranks are kept doubled), x's own
/// rank by the change of theirs, and x is moved within the block. An indexed binary heap keyed by (rank sum, tie-break
/// position) holds the courts that can still take a post, so the next court is its top.</para>
/// <para>Cost per post: O(criteria × (log courts + b) + d log courts), where b is the size of the block x crosses and d
/// the number of courts whose rank sum changed; plus O(courts) once to build and O(courts log courts) to sort.
/// Memory: O(courts × criteria), allocated before the loop; the loop allocates only the result's entries.</para>
/// </remarks>
public sealed class PostAllocator : IPostAllocator
{
    /// <inheritdoc />
    public AllocationResult Allocate(AllocationProblem problem)
    {
        Guard.NotNull(problem);
        return new IncrementalState(problem.Compiled).Run(problem.Posts);
    }

    private sealed class IncrementalState
    {
        private readonly CompiledCourts data;
        private readonly int n;
        private readonly int m;
        private readonly int equalContribution;
        private readonly int[] perMagistrate;
        private readonly int[] allocated;
        private readonly long[] hundredths;
        private readonly ExactLoad[][] loads;
        private readonly int[][] order;
        private readonly int[][] positions;
        private readonly long[][] doubledRanks;
        private readonly long[] rankSums;
        private readonly int[] tieRanks;
        private readonly int[] heap;
        private readonly int[] heapIndex;
        private readonly List<int> outsideHeap;
        private int heapCount;

        public IncrementalState(CompiledCourts data)
        {
            this.data = data;
            n = data.CourtCount;
            m = data.CriterionCount;
            equalContribution = data.TieConvention == TieConvention.Fractional ? 1 : 0;
            perMagistrate = Enumerable.Range(0, m).Where(c => data.PerMagistrate[c]).ToArray();
            allocated = new int[n];
            hundredths = new long[n];
            loads = new ExactLoad[m][];
            order = new int[m][];
            positions = new int[m][];
            doubledRanks = new long[m][];
            rankSums = new long[n];
            for (var i = 0; i < n; i++)
            {
                hundredths[i] = data.CorrectedHundredths(i, 0);
            }

            for (var c = 0; c < m; c++)
            {
                InitialiseCriterion(c);
            }

            tieRanks = TieRanks(data);
            heap = new int[n];
            heapIndex = new int[n];
            outsideHeap = new List<int>();
            for (var i = 0; i < n; i++)
            {
                if (data.Eligible[i] && data.Caps[i] > 0)
                {
                    heapIndex[i] = heapCount;
                    heap[heapCount++] = i;
                }
                else
                {
                    heapIndex[i] = -1;
                    outsideHeap.Add(i);
                }
            }

            for (var k = (heapCount / 2) - 1; k >= 0; k--)
            {
                SiftDown(k);
            }
        }

        public AllocationResult Run(int posts)
        {
            var allocations = new List<PostAllocation>(Math.Min(posts, 1 << 16));
            var unallocated = 0;
            UnallocatedReason? reason = null;
            for (var post = 1; post <= posts; post++)
            {
                if (heapCount == 0)
                {
                    unallocated = posts - post + 1;
                    reason = data.Eligible.Contains(true) ? UnallocatedReason.AllEligibleCourtsAtCap : UnallocatedReason.NoEligibleCourt;
                    break;
                }

                var x = heap[0];
                var position = 1;
                foreach (var j in outsideHeap)
                {
                    if (Precedes(j, x))
                    {
                        position++;
                    }
                }

                var before = allocated[x];
                var after = data.CorrectedHundredths(x, before + 1);
                allocations.Add(new PostAllocation(
                    post,
                    data.Ids[x],
                    DisplayNumbers.RankSum(rankSums[x], data.WeightScale),
                    position,
                    before,
                    data.NonSpecialized[x] + before + data.Specialized[x],
                    DisplayNumbers.Hundredths(hundredths[x]),
                    DisplayNumbers.Hundredths(after),
                    Standings(x)));
                allocated[x] = before + 1;
                if (allocated[x] >= data.Caps[x])
                {
                    RemoveTop();
                    outsideHeap.Add(x);
                }

                if (after != hundredths[x])
                {
                    foreach (var c in perMagistrate)
                    {
                        Move(c, x, data.Load(c, x, after));
                    }

                    hundredths[x] = after;
                }
            }

            return new AllocationResult(posts, data.TieConvention, allocations, Totals(), unallocated, reason, FinalRanking());
        }

        /// <summary>Sorts one criterion, gives equal loads their shared (doubled) rank and adds the weighted ranks to the rank sums.</summary>
        private void InitialiseCriterion(int c)
        {
            var criterionLoads = new ExactLoad[n];
            for (var i = 0; i < n; i++)
            {
                criterionLoads[i] = data.Load(c, i, hundredths[i]);
            }

            loads[c] = criterionLoads;
            var sorted = new int[n];
            for (var i = 0; i < n; i++)
            {
                sorted[i] = i;
            }

            var descending = data.Descending[c];
            Array.Sort(sorted, (a, b) =>
            {
                var better = Better(descending, criterionLoads[a], criterionLoads[b]);
                return better != 0 ? -better : a.CompareTo(b);
            });
            order[c] = sorted;
            var position = new int[n];
            var ranks = new long[n];
            var weight = data.ScaledWeights[c];
            var start = 0;
            while (start < n)
            {
                var end = start;
                while (end + 1 < n && ExactLoad.Compare(criterionLoads[sorted[end + 1]], criterionLoads[sorted[start]]) == 0)
                {
                    end++;
                }

                // 2 + 2 × (courts strictly ahead) + equalContribution × (other courts with the same load).
                var doubled = 2L + (2L * start) + ((long)equalContribution * (end - start));
                for (var k = start; k <= end; k++)
                {
                    var court = sorted[k];
                    position[court] = k;
                    ranks[court] = doubled;
                    rankSums[court] += weight * doubled;
                }

                start = end + 1;
            }

            positions[c] = position;
            doubledRanks[c] = ranks;
        }

        /// <summary>Court x's load on criterion c becomes <paramref name="next"/>: adjusts the ranks it crosses and its place in the order.</summary>
        private void Move(int c, int x, ExactLoad next)
        {
            var criterionLoads = loads[c];
            var previous = criterionLoads[x];
            var descending = data.Descending[c];
            var change = Better(descending, next, previous);
            if (change == 0)
            {
                return;
            }

            var top = change > 0 ? next : previous;
            var bottom = change > 0 ? previous : next;
            var sorted = order[c];
            var start = CountAhead(c, top, orEqual: false);
            var end = CountAhead(c, bottom, orEqual: true);
            var ranks = doubledRanks[c];
            var weight = data.ScaledWeights[c];
            long rankChangeOfX = 0;
            for (var k = start; k < end; k++)
            {
                var j = sorted[k];
                if (j == x)
                {
                    continue;
                }

                var oldRelation = Better(descending, previous, criterionLoads[j]);
                var newRelation = Better(descending, next, criterionLoads[j]);
                var delta = Contribution(newRelation) - Contribution(oldRelation);
                if (delta != 0)
                {
                    ranks[j] += delta;
                    rankSums[j] += weight * delta;
                    Resift(j);
                }

                rankChangeOfX += Contribution(-newRelation) - Contribution(-oldRelation);
            }

            if (rankChangeOfX != 0)
            {
                ranks[x] += rankChangeOfX;
                rankSums[x] += weight * rankChangeOfX;
                Resift(x);
            }

            Reposition(c, x, next, change > 0);
            criterionLoads[x] = next;
        }

        /// <summary>Moves x to the place of its new load (searched in the order still sorted by the old loads) by shifting the courts between.</summary>
        private void Reposition(int c, int x, ExactLoad next, bool improved)
        {
            var sorted = order[c];
            var position = positions[c];
            var criterionLoads = loads[c];
            var descending = data.Descending[c];
            var low = 0;
            var high = n;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                var j = sorted[mid];
                var better = Better(descending, criterionLoads[j], next);
                if (better > 0 || (better == 0 && j < x))
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            var target = improved ? low : low - 1;
            var from = position[x];
            if (target > from)
            {
                for (var k = from; k < target; k++)
                {
                    sorted[k] = sorted[k + 1];
                    position[sorted[k]] = k;
                }
            }
            else
            {
                for (var k = from; k > target; k--)
                {
                    sorted[k] = sorted[k - 1];
                    position[sorted[k]] = k;
                }
            }

            sorted[target] = x;
            position[x] = target;
        }

        /// <summary>How many courts of the order (sorted by the current loads) rank strictly ahead of <paramref name="load"/>, or ahead or equal. O(log courts).</summary>
        private int CountAhead(int c, in ExactLoad load, bool orEqual)
        {
            var sorted = order[c];
            var criterionLoads = loads[c];
            var descending = data.Descending[c];
            var low = 0;
            var high = n;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                var better = Better(descending, criterionLoads[sorted[mid]], load);
                if (better > 0 || (orEqual && better == 0))
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        /// <summary>What a court ahead (relation &gt; 0), equal (0) or behind adds to another's doubled rank.</summary>
        private int Contribution(int relation) => relation > 0 ? 2 : relation == 0 ? equalContribution : 0;

        /// <summary>Positive when load a ranks ahead of load b on the criterion, zero when equal.</summary>
        private static int Better(bool descending, in ExactLoad a, in ExactLoad b)
        {
            var compared = ExactLoad.Compare(a, b);
            return descending ? compared : -compared;
        }

        /// <summary>Restores the heap around a court whose rank sum just changed (the heap stays valid after every single change).</summary>
        private void Resift(int court)
        {
            var index = heapIndex[court];
            if (index >= 0)
            {
                SiftUp(index);
                SiftDown(heapIndex[court]);
            }
        }

        /// <summary>The general order: rank sum ascending, then the tie-break position.</summary>
        private bool Precedes(int a, int b) =>
            rankSums[a] < rankSums[b] || (rankSums[a] == rankSums[b] && tieRanks[a] < tieRanks[b]);

        private void RemoveTop()
        {
            var top = heap[0];
            heapIndex[top] = -1;
            heapCount--;
            if (heapCount > 0)
            {
                heap[0] = heap[heapCount];
                heapIndex[heap[0]] = 0;
                SiftDown(0);
            }
        }

        private void SiftUp(int index)
        {
            var court = heap[index];
            while (index > 0)
            {
                var parent = (index - 1) >> 1;
                if (!Precedes(court, heap[parent]))
                {
                    break;
                }

                heap[index] = heap[parent];
                heapIndex[heap[index]] = index;
                index = parent;
            }

            heap[index] = court;
            heapIndex[court] = index;
        }

        private void SiftDown(int index)
        {
            var court = heap[index];
            while (true)
            {
                var child = (2 * index) + 1;
                if (child >= heapCount)
                {
                    break;
                }

                if (child + 1 < heapCount && Precedes(heap[child + 1], heap[child]))
                {
                    child++;
                }

                if (!Precedes(heap[child], court))
                {
                    break;
                }

                heap[index] = heap[child];
                heapIndex[heap[index]] = index;
                index = child;
            }

            heap[index] = court;
            heapIndex[court] = index;
        }

        private CriterionStanding[] Standings(int court)
        {
            var result = new CriterionStanding[m];
            for (var c = 0; c < m; c++)
            {
                result[c] = new CriterionStanding(data.CriterionIds[c], DisplayNumbers.Rank(doubledRanks[c][court]), data.DisplayLoad(c, loads[c][court]));
            }

            return result;
        }

        private Dictionary<string, int> Totals()
        {
            var totals = new Dictionary<string, int>(n, StringComparer.Ordinal);
            foreach (var i in data.OrdinalIdOrder)
            {
                totals.Add(data.Ids[i], allocated[i]);
            }

            return totals;
        }

        private CourtStanding[] FinalRanking()
        {
            var sorted = new int[n];
            for (var i = 0; i < n; i++)
            {
                sorted[i] = i;
            }

            Array.Sort(sorted, (a, b) => Precedes(a, b) ? -1 : Precedes(b, a) ? 1 : 0);
            var ranking = new CourtStanding[n];
            for (var k = 0; k < n; k++)
            {
                var i = sorted[k];
                ranking[k] = new CourtStanding(
                    k + 1,
                    data.Ids[i],
                    DisplayNumbers.RankSum(rankSums[i], data.WeightScale),
                    allocated[i],
                    data.NonSpecialized[i] + allocated[i] + data.Specialized[i],
                    DisplayNumbers.Hundredths(hundredths[i]),
                    Standings(i));
            }

            return ranking;
        }

        /// <summary>Each court's place in the tie-breaks: population growth descending, previous posts ascending, id ordinal.</summary>
        private static int[] TieRanks(CompiledCourts data)
        {
            var sorted = new int[data.CourtCount];
            for (var i = 0; i < sorted.Length; i++)
            {
                sorted[i] = i;
            }

            Array.Sort(sorted, (a, b) =>
            {
                var growth = data.PopulationGrowth[b].CompareTo(data.PopulationGrowth[a]);
                if (growth != 0)
                {
                    return growth;
                }

                var previous = data.PreviousPosts[a].CompareTo(data.PreviousPosts[b]);
                return previous != 0 ? previous : string.CompareOrdinal(data.Ids[a], data.Ids[b]);
            });
            var ranks = new int[sorted.Length];
            for (var k = 0; k < sorted.Length; k++)
            {
                ranks[sorted[k]] = k;
            }

            return ranks;
        }
    }
}
