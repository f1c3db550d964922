using Justice.Domain.Allocation.Comparison;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Deliberation.Apportionment;

namespace Justice.Domain.Allocation.Tests.Comparison;

public class WorkloadApportionmentTests
{
    [Fact]
    public void Apportion_DHondtFromHeadcounts_HandComputed()
    {
        // Priorities workload ÷ (held + 1): A 1000/5 = 200, B 700/3 = 233.3 → B; then A 200 vs B 700/4 = 175 → A;
        // then A 1000/6 = 166.7 vs B 175 → B.
        var outcome = WorkloadApportionment.Apportion(Problem(3), ApportionmentMethod.DHondt, HeadcountBasis.NonSpecialized);
        Assert.Equal(1, outcome.Totals["A"]);
        Assert.Equal(2, outcome.Totals["B"]);
        Assert.Equal(0, outcome.Unallocated);
        Assert.False(outcome.WorkloadScaleApproximated);
        Assert.NotNull(outcome.Apportionment);
        Assert.Equal([2_000L, 1_400L], outcome.Apportionment.Lists.Select(l => l.Votes));
    }

    [Fact]
    public void Apportion_SiegeSizeBasis_CountsSpecialisedMagistratesAsHeld()
    {
        // Held: A 4 + 6 = 10, B 2 + 0 = 2: B's 700/3 beats A's 1000/11 for every post until B holds 7 (700/8 = 87.5 < 90.9).
        var outcome = WorkloadApportionment.Apportion(Problem(6), ApportionmentMethod.DHondt, HeadcountBasis.SiegeSize);
        Assert.Equal(1, outcome.Totals["A"]);
        Assert.Equal(5, outcome.Totals["B"]);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Apportion_SyntheticDataset_PlacesEveryPostOnEligibleCourts(ApportionmentMethod method)
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create()).GetProblemOrThrow();
        var outcome = WorkloadApportionment.Apportion(problem, method, HeadcountBasis.NonSpecialized);
        Assert.Equal(problem.Posts, outcome.Totals.Values.Sum());
        Assert.Equal(164, outcome.Totals.Count);
    }

    [Fact]
    public void Apportion_IneligibleCourtAndCap_NoPostAndCapReported()
    {
        var request = Request(4);
        request = request with
        {
            Courts = [request.Courts[0] with { Eligible = false }, request.Courts[1] with { MaxPosts = 1 }],
        };
        var outcome = WorkloadApportionment.Apportion(AllocationRequestValidator.Validate(request).GetProblemOrThrow(), ApportionmentMethod.SainteLague, HeadcountBasis.NonSpecialized);
        Assert.Equal(0, outcome.Totals["A"]);
        Assert.Equal(4, outcome.Totals["B"]);
        Assert.Equal(["B"], outcome.CapsExceeded);
    }

    [Fact]
    public void Apportion_NoWorkload_EveryPostUnallocated()
    {
        var request = Request(2);
        request = request with { Courts = request.Courts.Select(c => c with { Eligible = false }).ToArray() };
        var outcome = WorkloadApportionment.Apportion(AllocationRequestValidator.Validate(request).GetProblemOrThrow(), ApportionmentMethod.DHondt, HeadcountBasis.NonSpecialized);
        Assert.Equal(2, outcome.Unallocated);
        Assert.Null(outcome.Apportionment);
    }

    [Fact]
    public void Apportion_LargestRemainder_ThrowsNamingTheMethod()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WorkloadApportionment.Apportion(Problem(1), ApportionmentMethod.LargestRemainderHare, HeadcountBasis.NonSpecialized));
        Assert.Contains("method", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_ScalingTheWorkloads_SameTotals()
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create()).GetProblemOrThrow();
        var scaled = problem.Request with
        {
            Courts = problem.Courts.Select(c => c with { Values = c.Values.ToDictionary(p => p.Key, p => (IReadOnlyList<decimal>)p.Value.Select(v => v * 3).ToArray()) }).ToArray(),
        };
        var a = WorkloadApportionment.Apportion(problem, ApportionmentMethod.HuntingtonHill, HeadcountBasis.NonSpecialized);
        var b = WorkloadApportionment.Apportion(AllocationRequestValidator.Validate(scaled).GetProblemOrThrow(), ApportionmentMethod.HuntingtonHill, HeadcountBasis.NonSpecialized);
        Assert.Equal(a.Totals, b.Totals);
    }

    private static AllocationRequest Request(int posts)
    {
        Court Court(string id, int nonSpecialized, int specialized, decimal[] values) =>
            new(id, id, new Dictionary<string, IReadOnlyList<decimal>> { ["work"] = values }, nonSpecialized, specialized);
        return new AllocationRequest(posts, [new Criterion("work")], [Court("A", 4, 6, [900, 1100]), Court("B", 2, 0, [700, 700])]);
    }

    private static AllocationProblem Problem(int posts) => AllocationRequestValidator.Validate(Request(posts)).GetProblemOrThrow();
}
