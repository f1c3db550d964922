using Justice.Domain.Deliberation.Ties;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// Boundaries of the tie-break chain that the example tests left unchecked: a step that places some and leaves others
/// tied, a chain that runs out of steps, and the lot required by a chain that draws.
/// </summary>
public class TieBreakerBoundaryTests
{
    private static TieContender[] Contenders(params (string Name, long Votes)[] c) => [.. c.Select(x => new TieContender(x.Name, x.Votes))];

    [Fact]
    public void Choose_MostVotesPlacesTheFirstAndLeavesTheNextTied_UnresolvedWithoutAFurtherStep()
    {
        // 2 places among a 10, b 7, c 7: most votes places a; b and c stay tied for the last place.
        var outcome = TieBreaker.Choose(Contenders(("a", 10), ("b", 7), ("c", 7)), 2, TieBreakChain.Of(null, TieBreakStep.MostVotes()), "seat");
        Assert.Equal(["a"], outcome.Winners.ToArray());
        Assert.Equal(["b", "c"], outcome.StillTied.ToArray());
        Assert.Equal(1, outcome.PlacesLeft);
        Assert.False(outcome.IsResolved);
        Assert.Equal("a placed; 1 place(s) still tied among b, c", outcome.Steps[0].Detail);
        Assert.Equal("1 place(s) among b, c (seat): no further tie-break rule is configured", outcome.Steps[1].Detail);
    }

    [Fact]
    public void Choose_MostVotesDecidesEveryPlace_NothingStaysTied()
    {
        var outcome = TieBreaker.Choose(Contenders(("a", 10), ("b", 7), ("c", 5)), 2, TieBreakChain.Of(null, TieBreakStep.MostVotes()), "seat");
        Assert.Equal(["a", "b"], outcome.Winners.ToArray());
        Assert.Empty(outcome.StillTied);
        Assert.True(outcome.IsResolved);
        Assert.Equal("tie: most votes", outcome.Steps[0].Rule);
        Assert.Equal("decided among 3: a, b", outcome.Steps[0].Detail);
    }

    [Fact]
    public void Choose_TheOldestFirst_ThenUnresolvedAmongTheSameAge()
    {
        var births = new Dictionary<string, LocalDate> { ["a"] = new(1960, 1, 1), ["b"] = new(1970, 1, 1), ["c"] = new(1970, 1, 1) };
        var outcome = TieBreaker.Choose(Contenders(("a", 5), ("b", 5), ("c", 5)), 2, TieBreakChain.Of(null, TieBreakStep.Oldest(births)), "seat");
        Assert.Equal(["a"], outcome.Winners.ToArray());
        Assert.Equal(["b", "c"], outcome.StillTied.ToArray());
    }

    [Fact]
    public void Choose_AsManyPlacesAsContenders_AllWinWithoutAStep()
    {
        var outcome = TieBreaker.Choose(Contenders(("b", 5), ("a", 5)), 2, TieBreakChain.Unresolved, "seat");
        Assert.Equal(["a", "b"], outcome.Winners.ToArray());
        Assert.Empty(outcome.Steps);
        var none = TieBreaker.Choose(Contenders(("b", 5), ("a", 5)), 0, TieBreakChain.Of(null, TieBreakStep.MostVotes()), "seat");
        Assert.Empty(none.Winners);
        Assert.Empty(none.Steps);
    }

    [Fact]
    public void Choose_InvalidArguments_AreRejected()
    {
        Assert.Equal("contenders", Assert.Throws<ArgumentNullException>(() => TieBreaker.Choose(null!, 1, TieBreakChain.Unresolved, "seat")).ParamName);
        Assert.Equal("chain", Assert.Throws<ArgumentNullException>(() => TieBreaker.Choose(Contenders(("a", 1)), 1, null!, "seat")).ParamName);
        Assert.Throws<ArgumentException>(() => TieBreaker.Choose(Contenders(("a", 1)), 1, TieBreakChain.Unresolved, " "));
        Assert.Throws<ArgumentException>(() => TieBreaker.Choose(Contenders(("a", -1)), 1, TieBreakChain.Unresolved, "seat"));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieBreaker.Choose(Contenders(("a", 1)), 2, TieBreakChain.Unresolved, "seat"));
    }

    [Fact]
    public void TieBreakChain_ADrawingStepWithoutLots_IsRejected() =>
        Assert.Equal("lots", Assert.Throws<ArgumentException>(() => TieBreakChain.Of(null, TieBreakStep.MostVotes(), TieBreakStep.DrawingOfLots())).ParamName);
}
