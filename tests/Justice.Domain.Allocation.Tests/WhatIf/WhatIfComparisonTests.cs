using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Allocation.WhatIf;

namespace Justice.Domain.Allocation.Tests.WhatIf;

public class WhatIfComparisonTests
{
    [Fact]
    public void Compare_SameRequest_NoChange()
    {
        var outcome = WhatIfComparison.Compare(WorkedExample.Problem(), WorkedExample.Problem());
        Assert.Empty(outcome.Changes);
        Assert.Equal(4, outcome.UnchangedCourts);
    }

    [Fact]
    public void Compare_WithoutACriterion_NamesTheCourtsAndTheDecidingRanks()
    {
        var request = WorkedExample.Request();
        var without = request with { Criteria = [request.Criteria[0]] };
        var outcome = WhatIfComparison.Compare(Problem(request), Problem(without), "both criteria", "civil only");
        var expectedA = new PostAllocator().Allocate(Problem(request)).Totals;
        var expectedB = new PostAllocator().Allocate(Problem(without)).Totals;

        var changed = expectedA.Where(t => expectedB[t.Key] != t.Value).Select(t => t.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(changed);
        Assert.Equal(changed, outcome.Changes.Select(c => c.CourtId).Order(StringComparer.Ordinal));
        foreach (var change in outcome.Changes)
        {
            Assert.Equal((expectedA[change.CourtId], expectedB[change.CourtId]), (change.PostsA, change.PostsB));
            Assert.NotNull(change.Gained);
            Assert.True(change.Gained.Received);
            Assert.Contains(change.CourtId, change.Explanation, StringComparison.Ordinal);
            Assert.Contains("rank sum of " + change.Gained.RankSum.ToString(System.Globalization.CultureInfo.InvariantCulture), change.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_CapOnACourt_TheCourtLosesAndTheNextOneGains()
    {
        // Under the worked example TJ-A receives posts 2 and 3; capped at 1 post, its second goes elsewhere.
        var request = WorkedExample.Request();
        var capped = request with { Courts = [request.Courts[0] with { MaxPosts = 1 }, .. request.Courts.Skip(1)] };
        var outcome = WhatIfComparison.Compare(Problem(request), Problem(capped), "no cap", "cap");

        var a = Assert.Single(outcome.Changes, c => c.CourtId == "TJ-A");
        Assert.Equal((2, 1), (a.PostsA, a.PostsB));
        Assert.Equal(3, a.Gained!.Post);
        Assert.Equal("no cap", a.Gained.Scenario);
        Assert.NotNull(a.Missed);
        Assert.Equal("cap", a.Missed.Scenario);
        Assert.Contains("it has reached its cap of 1 post, and the post goes to TJ-C", a.Explanation, StringComparison.Ordinal);
        Assert.StartsWith("A (TJ-A) receives 2 posts under no cap and 1 post under cap. Under no cap, post 3 goes to it: it is 1st in the general order with a rank sum of 3", a.Explanation, StringComparison.Ordinal);
        Assert.Equal(outcome.Changes.Sum(c => c.PostsA), outcome.Changes.Sum(c => c.PostsB));
    }

    [Fact]
    public void Compare_Null_ThrowsNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentNullException>(() => WhatIfComparison.Compare(WorkedExample.Problem(), null!));
        Assert.Equal("b", error.ParamName);
    }

    private static AllocationProblem Problem(AllocationRequest request) => AllocationRequestValidator.Validate(request).GetProblemOrThrow();
}
