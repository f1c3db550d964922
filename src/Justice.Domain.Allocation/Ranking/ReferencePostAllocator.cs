using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// <i>Répartition des emplois, méthode de référence</i>: the method of Circ. SJ 00-124, annexe I, 1 written straight
/// from the rules, recomputing everything before each post: every court's siège size and corrected headcount, every
/// load, every criterion's ranking (sort, then equal loads share a rank), every rank sum, the general order; the
/// first eligible court below its cap receives the post. Clarity first: it is the oracle that
/// <see cref="PostAllocator"/> is proved against. O(posts × criteria × courts log courts).
/// </summary>
public sealed class ReferencePostAllocator : IPostAllocator
{
    /// <inheritdoc />
    public AllocationResult Allocate(AllocationProblem problem)
    {
        Guard.NotNull(problem);
        var data = problem.Compiled;
        var allocated = new int[data.CourtCount];
        var posts = new List<PostAllocation>();
        var unallocated = 0;
        UnallocatedReason? reason = null;
        for (var post = 1; post <= problem.Posts; post++)
        {
            var standings = ComputeStandings(problem, allocated);
            var order = GeneralOrder(problem, standings);
            var position = order.FindIndex(i => data.Eligible[i] && allocated[i] < data.Caps[i]);
            if (position < 0)
            {
                unallocated = problem.Posts - post + 1;
                reason = data.Eligible.Any(e => e) ? UnallocatedReason.AllEligibleCourtsAtCap : UnallocatedReason.NoEligibleCourt;
                break;
            }

            var chosen = order[position];
            var state = standings[chosen];
            posts.Add(new PostAllocation(
                post,
                data.Ids[chosen],
                DisplayNumbers.RankSum(state.RankSum, data.WeightScale),
                position + 1,
                allocated[chosen],
                data.NonSpecialized[chosen] + allocated[chosen] + data.Specialized[chosen],
                DisplayNumbers.Hundredths(state.Hundredths),
                DisplayNumbers.Hundredths(data.CorrectedHundredths(chosen, allocated[chosen] + 1)),
                Standings(data, state)));
            allocated[chosen]++;
        }

        var final = ComputeStandings(problem, allocated);
        var finalOrder = GeneralOrder(problem, final);
        var ranking = finalOrder.Select((i, position) => new CourtStanding(
            position + 1,
            data.Ids[i],
            DisplayNumbers.RankSum(final[i].RankSum, data.WeightScale),
            allocated[i],
            data.NonSpecialized[i] + allocated[i] + data.Specialized[i],
            DisplayNumbers.Hundredths(final[i].Hundredths),
            Standings(data, final[i]))).ToList();
        var totals = Enumerable.Range(0, data.CourtCount)
            .OrderBy(i => data.Ids[i], StringComparer.Ordinal)
            .ToDictionary(i => data.Ids[i], i => allocated[i], StringComparer.Ordinal);
        return new AllocationResult(problem.Posts, problem.TieConvention, posts, totals, unallocated, reason, ranking);
    }

    /// <summary>Every court's headcount, loads, ranks (doubled) and rank sum, from scratch.</summary>
    private static CourtState[] ComputeStandings(AllocationProblem problem, int[] allocated)
    {
        var data = problem.Compiled;
        var n = data.CourtCount;
        var states = new CourtState[n];
        for (var i = 0; i < n; i++)
        {
            var hundredths = data.CorrectedHundredths(i, allocated[i]);
            var loads = new ExactLoad[data.CriterionCount];
            for (var c = 0; c < data.CriterionCount; c++)
            {
                loads[c] = data.Load(c, i, hundredths);
            }

            states[i] = new CourtState(hundredths, loads, new long[data.CriterionCount]);
        }

        for (var c = 0; c < data.CriterionCount; c++)
        {
            var criterion = c;
            var sign = data.Descending[c] ? -1 : 1;
            var sorted = Enumerable.Range(0, n).ToList();
            sorted.Sort((a, b) => sign * ExactLoad.Compare(states[a].Loads[criterion], states[b].Loads[criterion]));

            // Positions start..end (1-based) hold equal loads: competition gives them all "start",
            // fractional the mean (start + end) / 2. Ranks are kept doubled.
            var start = 0;
            while (start < n)
            {
                var end = start;
                while (end + 1 < n && ExactLoad.Compare(states[sorted[end + 1]].Loads[c], states[sorted[start]].Loads[c]) == 0)
                {
                    end++;
                }

                long doubled = problem.TieConvention == TieConvention.Competition ? 2L * (start + 1) : (start + 1) + (end + 1);
                for (var k = start; k <= end; k++)
                {
                    states[sorted[k]].DoubledRanks[c] = doubled;
                }

                start = end + 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            long sum = 0;
            for (var c = 0; c < data.CriterionCount; c++)
            {
                sum += data.ScaledWeights[c] * states[i].DoubledRanks[c];
            }

            states[i] = states[i] with { RankSum = sum };
        }

        return states;
    }

    /// <summary>Rank sum ascending, then population growth descending, previous-year posts ascending, court id (ordinal).</summary>
    private static List<int> GeneralOrder(AllocationProblem problem, CourtState[] states) =>
        Enumerable.Range(0, states.Length)
            .OrderBy(i => states[i].RankSum)
            .ThenByDescending(i => problem.Courts[i].PopulationGrowth)
            .ThenBy(i => problem.Courts[i].PreviousPosts)
            .ThenBy(i => problem.Courts[i].Id, StringComparer.Ordinal)
            .ToList();

    private static CriterionStanding[] Standings(CompiledCourts data, CourtState state)
    {
        var result = new CriterionStanding[data.CriterionCount];
        for (var c = 0; c < result.Length; c++)
        {
            result[c] = new CriterionStanding(data.CriterionIds[c], DisplayNumbers.Rank(state.DoubledRanks[c]), data.DisplayLoad(c, state.Loads[c]));
        }

        return result;
    }

    private readonly record struct CourtState(long Hundredths, ExactLoad[] Loads, long[] DoubledRanks)
    {
        public long RankSum { get; init; }
    }
}
