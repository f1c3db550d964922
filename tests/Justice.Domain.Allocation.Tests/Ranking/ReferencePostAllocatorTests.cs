using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class ReferencePostAllocatorTests
{
    private static readonly ReferencePostAllocator Allocator = new();

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1")]
    public void Allocate_WorkedExample_FollowsTheDocumentedSteps()
    {
        var result = Allocator.Allocate(WorkedExample.Problem());

        Assert.Equal(["TJ-B", "TJ-A", "TJ-A", "TJ-B"], result.Allocations.Select(a => a.CourtId));

        // Post 1: A and B both have rank sum 3 (A: civil 1 + criminal 2; B: 2 + 1); B's population grew more.
        var first = result.Allocations[0];
        Assert.Equal(3m, first.RankSum);
        Assert.Equal(1, first.Position);
        Assert.Equal([2m, 1m], first.Standings.Select(s => s.Rank));
        Assert.Equal(10.8m, first.CorrectedHeadcount);      // 10 + 20 % of 4 (siège of 14)
        Assert.Equal(11.8m, first.CorrectedHeadcountAfter); // 11 + 20 % of 4 (siège of 15)
        Assert.Equal(2000d / 10.8, first.Standings[0].Load, 12);

        // Post 2: A (rank sum 3) is now ahead of B and C (4 each).
        var second = result.Allocations[1];
        Assert.Equal(3m, second.RankSum);
        Assert.Equal(7.5m, second.CorrectedHeadcount);       // 5 + 10 % of 25 (siège of 30)
        Assert.Equal(7.25m, second.CorrectedHeadcountAfter); // 6 + 5 % of 25 (siège of 31): lower!

        // Post 3: A's loads rose after its post (1500 / 7.25 > 1500 / 7.5), so A is first again.
        var third = result.Allocations[2];
        Assert.Equal("TJ-A", third.CourtId);
        Assert.Equal(1500d / 7.25, third.Standings[0].Load, 12);
        Assert.Equal(3m, third.RankSum);

        // Post 4: A, B and C tie at 4; B has the highest population growth.
        var fourth = result.Allocations[3];
        Assert.Equal(4m, fourth.RankSum);
        Assert.Equal("TJ-B", fourth.CourtId);

        Assert.Equal(new Dictionary<string, int> { ["TJ-A"] = 2, ["TJ-B"] = 2, ["TJ-C"] = 0, ["TJ-D"] = 0 }, result.Totals);
        Assert.Equal(0, result.Unallocated);
        Assert.Null(result.UnallocatedReason);
    }

    [Fact]
    public void Allocate_CompetitionTies_Ranks1224()
    {
        var result = Allocator.Allocate(TieProblem(TieConvention.Competition));
        Assert.Equal([1m, 2m, 2m, 4m], result.FinalRanking.OrderBy(c => c.CourtId, StringComparer.Ordinal).Select(c => c.Standings[0].Rank));
    }

    [Fact]
    public void Allocate_FractionalTies_Ranks1_2point5_2point5_4()
    {
        var result = Allocator.Allocate(TieProblem(TieConvention.Fractional));
        Assert.Equal([1m, 2.5m, 2.5m, 4m], result.FinalRanking.OrderBy(c => c.CourtId, StringComparer.Ordinal).Select(c => c.Standings[0].Rank));
    }

    [Fact]
    public void Allocate_AscendingCriterion_RanksLowestLoadFirst()
    {
        var request = TieRequest(TieConvention.Competition) with
        {
            Criteria = [new Criterion("flow") { Direction = RankDirection.Ascending }],
        };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());
        Assert.Equal([4m, 2m, 2m, 1m], result.FinalRanking.OrderBy(c => c.CourtId, StringComparer.Ordinal).Select(c => c.Standings[0].Rank));
    }

    [Fact]
    public void Allocate_WeightedCriteria_RankSumIsWeightedTotal()
    {
        var request = WorkedExample.Request() with
        {
            Posts = 1,
            Criteria = [new Criterion("civil_flow") { Weight = 2.5m }, new Criterion("criminal_flow") { Weight = 0.5m }],
        };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        // A: 2.5 × 1 + 0.5 × 2 = 3.5; B: 2.5 × 2 + 0.5 × 1 = 5.5.
        Assert.Equal("TJ-A", result.Allocations[0].CourtId);
        Assert.Equal(3.5m, result.Allocations[0].RankSum);
    }

    [Fact]
    public void Allocate_AbsoluteCriterion_IgnoresHeadcount()
    {
        var request = WorkedExample.Request() with { Posts = 1, Criteria = [new Criterion("civil_flow") { PerMagistrate = false }] };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        Assert.Equal("TJ-D", result.Allocations[0].CourtId);
        Assert.Equal(3360d, result.Allocations[0].Standings[0].Load);
    }

    [Fact]
    public void Allocate_NoEligibleCourt_CountsEveryPostUnallocated()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = request.Courts.Select(c => c with { Eligible = false }).ToArray() };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        Assert.Empty(result.Allocations);
        Assert.Equal(4, result.Unallocated);
        Assert.Equal(UnallocatedReason.NoEligibleCourt, result.UnallocatedReason);
    }

    [Fact]
    public void Allocate_CapsReached_CountsTheRestUnallocated()
    {
        var request = WorkedExample.Request();
        request = request with { Posts = 6, Courts = request.Courts.Select(c => c with { MaxPosts = 1 }).ToArray() };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        Assert.Equal(4, result.Allocations.Count);
        Assert.Equal(2, result.Unallocated);
        Assert.Equal(UnallocatedReason.AllEligibleCourtsAtCap, result.UnallocatedReason);
    }

    [Fact]
    public void Allocate_IneligibleCourtAhead_PositionShowsIt()
    {
        var request = WorkedExample.Request();
        request = request with { Posts = 1, Courts = request.Courts.Select(c => c.Id == "TJ-B" ? c with { Eligible = false } : c).ToArray() };
        var result = Allocator.Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());

        Assert.Equal("TJ-A", result.Allocations[0].CourtId);
        Assert.Equal(2, result.Allocations[0].Position);
        Assert.Contains("post 1 → TJ-A: position 2, rank sum 3", result.Allocations[0].Describe(), StringComparison.Ordinal);
    }

    private static AllocationRequest TieRequest(TieConvention convention)
    {
        Court Court(string id, decimal value) => new(id, id, new Dictionary<string, IReadOnlyList<decimal>> { ["flow"] = [value] }, 10);
        return new AllocationRequest(0, [new Criterion("flow")], [Court("T1", 40), Court("T2", 30), Court("T3", 30), Court("T4", 10)])
        {
            TieConvention = convention,
        };
    }

    private static AllocationProblem TieProblem(TieConvention convention) =>
        AllocationRequestValidator.Validate(TieRequest(convention)).GetProblemOrThrow();
}
