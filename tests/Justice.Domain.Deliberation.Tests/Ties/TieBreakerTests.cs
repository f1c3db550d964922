using Justice.Domain.Core;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Ties;

public class TieBreakerTests
{
    private static readonly TieContender[] Three = [new("C", 10), new("A", 30), new("B", 30)];

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Choose_MostVotesDecides_NoDrawNeeded()
    {
        var resolution = TieBreaker.Choose([new TieContender("A", 120), new TieContender("B", 90)], 1, TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(1)), "last seat");
        Assert.True(resolution.IsResolved);
        Assert.Equal(["A"], resolution.Winners.ToArray());
        Assert.Null(resolution.Draw);
    }

    [Fact]
    public void Choose_ContenderWithoutName_ThrowsNamingItsPosition()
    {
        var ranks = new Dictionary<string, int> { ["A"] = 1 };
        var ex = Assert.ThrowsAny<ArgumentException>(() => TieBreaker.Choose([new TieContender("A", 1), default], 1, TieBreakChain.Of(null, TieBreakStep.Precedence("rank", ranks)), "last seat"));
        Assert.Contains("contenders[1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("-1 votes", Assert.ThrowsAny<ArgumentException>(() => TieBreaker.Choose([new TieContender("A", -1)], 1, TieBreakChain.Unresolved, "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_EqualVotes_DrawDecidesAmongTheTiedOnly()
    {
        var resolution = TieBreaker.Choose(Three, 1, TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(8)), "last seat");
        Assert.True(resolution.IsResolved);
        Assert.NotNull(resolution.Draw);
        Assert.Equal(["A", "B"], resolution.Draw!.Pool.ToArray());
        Assert.Contains(resolution.Winners[0], new[] { "A", "B" });
    }

    [Fact]
    public void ToText_SaysTheTieTheWinnerEachStepAndTheDraw()
    {
        var resolution = TieBreaker.Choose(Three, 1, TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(8)), "last seat");

        var text = resolution.ToText();

        Assert.StartsWith("tie for 1 of 3 (" + string.Join(", ", resolution.Contenders) + "): won by " + resolution.Winners[0] + "\n", text, StringComparison.Ordinal);
        Assert.Contains("  1. ", text, StringComparison.Ordinal);
        Assert.Contains("drawing of lots (", text, StringComparison.Ordinal);
        Assert.Contains("  seeded: 8\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_Unresolved_SaysThePlacesLeftAndWhoIsStillTied()
    {
        var resolution = TieBreaker.Choose(Three, 1, TieBreakChain.Unresolved, "last seat");

        Assert.StartsWith("tie for 1 of 3 (" + string.Join(", ", resolution.Contenders) + "): no winner; 1 undecided among ", resolution.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NoRule_ReportsStillTiedAndPlacesLeft()
    {
        var resolution = TieBreaker.Choose(Three, 2, TieBreakChain.Unresolved, "two seats");
        Assert.False(resolution.IsResolved);
        Assert.Equal(2, resolution.PlacesLeft);
        Assert.Equal(3, resolution.StillTied.Length);
    }

    [Fact]
    public void Choose_OldestFirst_ByBirthDate()
    {
        var births = new Dictionary<string, LocalDate> { ["A"] = new(1970, 5, 1), ["B"] = new(1965, 2, 3) };
        var chain = TieBreakChain.Of(null, TieBreakStep.MostVotes(), TieBreakStep.Oldest(births, LegalReference.Article(LegalText.ElectoralCode, "L126")));
        var resolution = TieBreaker.Choose(Three, 1, chain, "seat");
        Assert.Equal(["B"], resolution.Winners.ToArray());
        Assert.Contains(resolution.Steps, s => s.Reference?.Number == "L126");
    }

    [Fact]
    public void Choose_DoesNotDependOnInputOrder()
    {
        var chain = TieBreakChain.LotOnly(DrawingOfLots.Seeded(99));
        var forward = TieBreaker.Choose(Three, 2, chain, "x");
        var backward = TieBreaker.Choose(Three.Reverse(), 2, chain, "x");
        Assert.Equal(forward.Winners.ToArray(), backward.Winners.ToArray());
    }

    [Fact]
    public void Of_LotStepWithoutLots_ThrowsNamingTheMissingDrawing()
    {
        var ex = Assert.Throws<ArgumentException>(() => TieBreakChain.Of(null, TieBreakStep.DrawingOfLots()));
        Assert.Contains("drawing-of-lots step", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_DuplicateContender_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => TieBreaker.Choose([new TieContender("A", 1), new TieContender("A", 1)], 1, TieBreakChain.Unresolved, "x"));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }
}
