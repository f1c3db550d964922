using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Allocation.WhatIf;

namespace Justice.Domain.Allocation.Tests.Mutation;

/// <summary>
/// Each branch of the what-if explanation on the worked example (TJ-B receives posts 1 and 4, TJ-A posts 2 and 3): the
/// court absent from one request, no post placed, the last post taken by the court itself, an ineligible court, equal
/// and lower rank sums, criteria in one scenario only, and the order of the changes.
/// </summary>
public class WhatIfExplanationTests
{
    private static readonly AllocationRequest Request = WorkedExample.Request();

    private static AllocationProblem Problem(AllocationRequest request) => AllocationRequestValidator.Validate(request).GetProblemOrThrow();

    private static WhatIfOutcome Compare(AllocationRequest b) => WhatIfComparison.Compare(Problem(Request), Problem(b));

    private static CourtChange Change(WhatIfOutcome outcome, string id) => Assert.Single(outcome.Changes, c => c.CourtId == id);

    [Fact]
    public void FewerPosts_TheLastPostTakenByTheCourtItself_OrByALowerSum()
    {
        var outcome = Compare(Request with { Posts = 2 });
        Assert.Equal(("A", "B", 4, 2, 2), (outcome.LabelA, outcome.LabelB, outcome.PlacedA, outcome.PlacedB, outcome.UnchangedCourts));

        var a = Change(outcome, "TJ-A");
        Assert.StartsWith("A (TJ-A) receives 2 posts under A and 1 post under B. Under A, post 3 goes to it: it is 1st in the general order", a.Explanation, StringComparison.Ordinal);
        Assert.Contains("Under B, it receives the last post (2) itself, 1st in the order with a rank sum of 3: no post is left for another one.", a.Explanation, StringComparison.Ordinal);
        Assert.Equal(("TJ-A", 2, false), (a.Missed!.TakenBy, a.Missed.Post, a.Missed.Received));

        var b = Change(outcome, "TJ-B");
        Assert.Contains("it stands 2nd with a rank sum of 4 (ranks civil_flow 3, criminal_flow 1), and the post goes to TJ-A (rank sum 3; the lower sum comes first", b.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("Its ranks that differ most", b.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPostAtAll_SaysNoPostIsPlaced()
    {
        var outcome = Compare(Request with { Posts = 0 });
        Assert.Equal(0, outcome.PlacedB);
        var a = Change(outcome, "TJ-A");
        Assert.Equal((2, 0), (a.PostsA, a.PostsB));
        Assert.Null(a.Missed);
        Assert.Contains("2 posts under A and 0 posts under B. Under A, post 2 goes to it", a.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("Under B, no post is placed.", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CourtAbsentFromOneRequest_SaidSo_ChangesOrderedByTheSizeOfTheChange()
    {
        var outcome = Compare(Request with { Courts = Request.Courts.Where(c => c.Id != "TJ-B").ToArray() });

        // TJ-B loses 2, TJ-A and TJ-C gain 1 each (then by id); TJ-D is unchanged.
        Assert.Equal(["TJ-B", "TJ-A", "TJ-C"], outcome.Changes.Select(c => c.CourtId));
        Assert.Equal(1, outcome.UnchangedCourts);
        var b = outcome.Changes[0];
        Assert.Null(b.Missed);
        Assert.EndsWith("It is not in B's request.", b.Explanation, StringComparison.Ordinal);

        // Equal rank sums at the last post: the tie rule is named, and the ranks that moved.
        var a = Change(outcome, "TJ-A");
        Assert.Contains("it stands 3rd with a rank sum of 4", a.Explanation, StringComparison.Ordinal);
        Assert.Contains("(rank sum 4; the same sum: between equal sums, the higher population growth, then the fewer posts of the year before, then the court id come first)", a.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("Its ranks that differ most (B → A): criminal_flow 1 → 3.", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void IneligibleCourt_SaysItCannotReceivePosts()
    {
        var outcome = Compare(Request with { Courts = [Request.Courts[0] with { Eligible = false }, .. Request.Courts.Skip(1)] });
        var a = Change(outcome, "TJ-A");
        Assert.Equal((2, 0), (a.PostsA, a.PostsB));
        Assert.Contains("it stands 1st with a rank sum of 3 (ranks civil_flow 1, criminal_flow 2), it cannot receive posts in this scenario", a.Explanation, StringComparison.Ordinal);
        Assert.Contains("and the post goes to TJ-B (rank sum 4;", a.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("cap", a.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CriterionInOneScenarioOnly_Named()
    {
        var outcome = Compare(Request with { Criteria = [Request.Criteria[0]] });
        Assert.All(outcome.Changes, c => Assert.EndsWith("Criteria in one scenario only: criminal_flow.", c.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void MorePosts_OrdinalsAndTheRanksThatDifferMost()
    {
        var outcome = WhatIfComparison.Compare(Problem(Request with { Posts = 8 }), Problem(Request with { Posts = 12 }), "eight", "twelve");
        Assert.Equal(["TJ-D", "TJ-B", "TJ-C"], outcome.Changes.Select(c => c.CourtId));
        var d = outcome.Changes[0];
        Assert.StartsWith("D (TJ-D) receives 0 posts under eight and 2 posts under twelve. Under twelve, post 11 goes to it", d.Explanation, StringComparison.Ordinal);
        Assert.Contains("Under eight, when the last post (8) is placed, it stands 4th with a rank sum of 6", d.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("Its ranks that differ most (twelve → eight): criminal_flow 2 → 4, civil_flow 1 → 2.", d.Explanation, StringComparison.Ordinal);
        Assert.Contains("1 post under eight and 2 posts under twelve", Change(outcome, "TJ-C").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankLabel_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => WhatIfComparison.Compare(Problem(Request), Problem(Request), "A", " "));
        Assert.Equal("labelB", error.ParamName);
    }
}
