using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Apportionment;

public partial class SeatApportionmentTests
{
    private static ListVotes[] Lists(params (string Name, long Votes)[] lists) => lists.Select(l => new ListVotes(l.Name, l.Votes)).ToArray();

    [Fact]
    public void Apportion_DHondtSixSeats_Gives3_2_1()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 6, Lists(("A", 100), ("B", 80), ("C", 30)), TieBreakChain.Unresolved);
        Assert.Equal([3, 2, 1], outcome.Lists.Select(l => l.Seats));
        Assert.True(outcome.IsComplete);
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Apportion_Cav2026ResultsByLargestRemainder_Gives4_1_1_0()
    {
        // Shares of valid votes in hundredths of a percent (legal notes § 2): USM 60.99 %, SM 25.03 %, UM-FO 12.51 %, CFDT 1.46 %.
        var reference = LegalReference.Article(LegalText.Decree2025_659, "14");
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.LargestRemainderHare, 6, Lists(("USM", 6099), ("SM", 2503), ("UM-FO", 1251), ("CFDT", 146)),
            TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(1), reference), reference);
        Assert.Equal([4, 1, 1, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Equal([3, 1, 0, 0], outcome.Lists.Select(l => l.QuotaSeats));
        Assert.Equal("9999/6", outcome.Quota);
        Assert.Contains(outcome.Explanation, l => l.Reference == reference);
    }

    [Fact]
    public void Apportion_EqualRemainders_MostVotesThenLot()
    {
        // 2 seats, quota 100/2 = 50: no list holds a whole quota; C's remainder (40) goes first, then A and B tie at 30
        // for the last seat with equal votes, so the drawing of lots decides.
        var chain = TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(3));
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 2, Lists(("A", 30), ("B", 30), ("C", 40)), chain);
        Assert.Single(outcome.Ties);
        Assert.NotNull(outcome.Ties[0].Draw);
        Assert.Equal(2, outcome.Lists.Sum(l => l.Seats));
        Assert.True(outcome.IsComplete);
    }

    [Fact]
    public void Apportion_TieWithoutRule_ReportsUnresolved()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 50), ("B", 50)), TieBreakChain.Unresolved);
        Assert.False(outcome.IsComplete);
        Assert.Equal(1, outcome.SeatsUnallocated);
        Assert.Equal(["A", "B"], outcome.Ties[0].StillTied.ToArray());
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: unresolved");
    }

    [Fact]
    public void Apportion_DuplicateList_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 2, Lists(("A", 1), ("A", 2)), TieBreakChain.Unresolved));
        Assert.StartsWith("list 'A' appears twice; list names must be unique.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_NegativeVotes_ThrowsNamingTheList()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 2, Lists(("A", 1), ("B", -2)), TieBreakChain.Unresolved));
        Assert.Contains("'B'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseMethod_Unknown_ThrowsListingTheKnownMethods()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.ParseMethod("borda"));
        Assert.Contains("'borda'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("dhondt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_InitialSeats_DivisorContinuesFromThem()
    {
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 2, [new ListVotes("A", 100, 3), new ListVotes("B", 100, 0)], TieBreakChain.Unresolved);
        Assert.Equal(2, outcome.SeatsOf("B"));
        Assert.Equal(3, outcome.SeatsOf("A"));
    }

    [Fact]
    public void Apportion_InitialSeatsWithLargestRemainder_ThrowsNamingTheListAndMethod()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(
            ApportionmentMethod.LargestRemainderHare, 2, [new ListVotes("Paris", 10, 3), new ListVotes("Lyon", 5)], TieBreakChain.Unresolved));
        Assert.Contains("'Paris'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("divisor methods", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_NoVoteAtAll_ThrowsSayingSo()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 2, Lists(("A", 0), ("B", 0)), TieBreakChain.Unresolved));
        Assert.Contains("0 votes in all", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_NoList_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 2, [], TieBreakChain.Unresolved));
        Assert.Contains("at least one list", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_TooManySeats_ThrowsWithTheRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 2_000_000, Lists(("A", 1)), TieBreakChain.Unresolved));
        Assert.Contains("seats", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1000000", ex.Message, StringComparison.Ordinal);
    }
}
