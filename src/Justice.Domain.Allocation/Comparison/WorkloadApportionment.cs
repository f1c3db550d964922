using System.Numerics;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Allocation.Comparison;

/// <summary>
/// <i>Méthode de comparaison</i>: the workload-proportional apportionment of the literature, to set beside the
/// circular's weighted-rank method: every eligible court is a "list" whose votes are its composite workload
/// Σ weight × yearly average over the problem's criteria (in the criteria's own units: give criteria of comparable
/// units, or a single one), and whose seats already held are its current headcount; the posts go by a divisor method of
/// Deliberation's <see cref="SeatApportionment"/> (D'Hondt/Jefferson, Sainte-Laguë/Webster or Huntington–Hill), ties
/// broken by the weighted-rank method's own order (population growth, previous-year posts, id). Divisor methods are
/// scale-invariant, so the composite is computed exactly as an integer proportional to it.
/// </summary>
public static class WorkloadApportionment
{
    /// <summary>The divisor methods this comparison accepts.</summary>
    public static IReadOnlyList<ApportionmentMethod> DivisorMethods { get; } =
        [ApportionmentMethod.DHondt, ApportionmentMethod.SainteLague, ApportionmentMethod.HuntingtonHill];

    /// <summary>Apportions <see cref="AllocationProblem.Posts"/> posts by <paramref name="method"/>. O(courts × criteria + posts log courts).</summary>
    /// <param name="problem">The validated problem (its posts, criteria, courts, eligibility; caps are reported, not enforced).</param>
    /// <param name="method">One of <see cref="DivisorMethods"/>.</param>
    /// <param name="basis">The headcount counted as seats already held.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">A method that is not a divisor method, or more posts or a larger headcount than the apportionment accepts (10^6).</exception>
    public static WorkloadApportionmentOutcome Apportion(AllocationProblem problem, ApportionmentMethod method, HeadcountBasis basis)
    {
        Guard.NotNull(problem);
        Guard.Defined(basis);
        if (!DivisorMethods.Contains(method))
        {
            throw Guard.OutOfRange(nameof(method), method, "a divisor method: " + string.Join(", ", DivisorMethods));
        }

        var data = problem.Compiled;
        var (workloads, approximated) = CompositeWorkloads(data);
        var eligible = Enumerable.Range(0, data.CourtCount).Where(i => data.Eligible[i]).ToArray();
        var totals = new Dictionary<string, int>(data.CourtCount, StringComparer.Ordinal);
        foreach (var i in data.OrdinalIdOrder)
        {
            totals.Add(data.Ids[i], 0);
        }

        if (eligible.All(i => workloads[i] == 0))
        {
            return new WorkloadApportionmentOutcome(method, basis, totals, problem.Posts, [], approximated, null);
        }

        var lists = eligible.Select(i => new ListVotes(
            data.Ids[i],
            workloads[i],
            basis == HeadcountBasis.NonSpecialized ? data.NonSpecialized[i] : data.NonSpecialized[i] + data.Specialized[i])).ToArray();
        var order = TieOrder(problem);
        var tieBreak = TieBreakChain.Of(
            null,
            TieBreakStep.Precedence("the weighted-rank method's order: population growth descending, previous-year posts ascending, court id", order, AllocationResultReference));
        var outcome = SeatApportionment.Apportion(method, problem.Posts, lists, tieBreak);
        foreach (var list in outcome.Lists)
        {
            totals[list.Name] = list.AdditionalSeats;
        }

        var exceeded = problem.Courts.Where(c => c.MaxPosts is { } cap && totals[c.Id] > cap).Select(c => c.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        return new WorkloadApportionmentOutcome(method, basis, totals, outcome.SeatsUnallocated, exceeded, approximated, outcome);
    }

    private static LegalReference AllocationResultReference => Results.AllocationResult.Reference;

    /// <summary>
    /// Σ_c weight_c × sum_c ÷ years_c, times a common factor that makes every term an integer: the weights' and the
    /// values' powers of ten and the least common multiple of the year counts. Divided by a common factor (rounded)
    /// only if the largest exceeds <see cref="SeatApportionment.MaxVotes"/>.
    /// </summary>
    private static (long[] Workloads, bool Approximated) CompositeWorkloads(CompiledCourts data)
    {
        var n = data.CourtCount;
        var maxDecimals = data.Decimals.DefaultIfEmpty(0).Max();
        BigInteger lcm = 1;
        for (var c = 0; c < data.CriterionCount; c++)
        {
            for (var i = 0; i < n; i++)
            {
                var years = data.Counts[c][i];
                lcm = lcm / BigInteger.GreatestCommonDivisor(lcm, years) * years;
            }
        }

        var exact = new BigInteger[n];
        for (var i = 0; i < n; i++)
        {
            BigInteger total = 0;
            for (var c = 0; c < data.CriterionCount; c++)
            {
                total += data.ScaledWeights[c] * (BigInteger)data.Sums[c][i] * BigInteger.Pow(10, maxDecimals - data.Decimals[c]) * (lcm / data.Counts[c][i]);
            }

            exact[i] = total;
        }

        var largest = exact.DefaultIfEmpty(BigInteger.Zero).Max();
        if (largest <= SeatApportionment.MaxVotes)
        {
            return (exact.Select(v => (long)v).ToArray(), false);
        }

        var divisor = (largest + SeatApportionment.MaxVotes - 1) / SeatApportionment.MaxVotes;
        return (exact.Select(v => (long)((v + (divisor / 2)) / divisor)).ToArray(), true);
    }

    private static Dictionary<string, int> TieOrder(AllocationProblem problem)
    {
        var ranked = problem.Courts
            .OrderByDescending(c => c.PopulationGrowth)
            .ThenBy(c => c.PreviousPosts)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select((c, k) => (c.Id, k));
        return ranked.ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
    }
}
