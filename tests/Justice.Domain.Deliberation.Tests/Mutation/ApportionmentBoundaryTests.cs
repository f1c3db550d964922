using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// Boundaries of the seat apportionment that the example tests left unchecked: the highest average that follows the
/// quotient counts the seats won at the quotient, seats already held, and the limits of the lists.
/// </summary>
public class ApportionmentBoundaryTests
{
    internal static ListVotes[] Lists(params (string Name, long Votes)[] lists) => [.. lists.Select(l => new ListVotes(l.Name, l.Votes))];

    [Fact]
    public void Apportion_QuotientThenHighestAverage_TheAverageCountsTheSeatsWonAtTheQuotient()
    {
        // 5 seats, 10 000 votes: quotient 2 000 gives A 2, B 1, C 1. The last seat goes to the highest average
        // votes ÷ (seats held + 1): A 4 100 ÷ 3 = 1 366, B 3 900 ÷ 2 = 1 950, C 2 000 ÷ 2 = 1 000, so to B; ignoring the
        // seats won at the quotient it would go to A (4 100 ÷ 1).
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.QuotaThenHighestAverage, 5, Lists(("A", 4100), ("B", 3900), ("C", 2000)), TieBreakChain.Unresolved);
        Assert.Equal([2, 1, 1], outcome.Lists.Select(l => l.QuotaSeats));
        Assert.Equal([0, 1, 0], outcome.Lists.Select(l => l.AdditionalSeats));
        Assert.Equal([2, 2, 1], outcome.Lists.Select(l => l.Seats));
        Assert.Equal("10000/5", outcome.Quota);
        Assert.Equal(0, outcome.SeatsUnallocated);
    }

    [Fact]
    public void Apportion_DHondtFromSeatsAlreadyHeld_CountsOnlyTheNewSeatsAsAdditional()
    {
        // A holds 2 seats, B none; 2 more seats by D'Hondt: A 600 ÷ 3 = 200, B 300 ÷ 1 = 300 → B; then A 200, B 300 ÷ 2 = 150 → A.
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 2, [new ListVotes("A", 600, InitialSeats: 2), new ListVotes("B", 300)], TieBreakChain.Unresolved);
        Assert.Equal([1, 1], outcome.Lists.Select(l => l.AdditionalSeats));
        Assert.Equal([3, 1], outcome.Lists.Select(l => l.Seats));
        Assert.Contains(outcome.Explanation, l => l.Rule == "averages" && l.Detail.Contains("A: last seat won at 600 ÷ 3, next average 600 ÷ 4", StringComparison.Ordinal));
        Assert.Contains(outcome.Explanation, l => l.Rule == "result" && l.Detail == "A 3, B 1; 2 seat(s) allocated");
    }

    [Fact]
    public void Apportion_HareWithNoSeatToFill_HasNoQuota()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 0, Lists(("A", 10), ("B", 5)), TieBreakChain.Unresolved);
        Assert.Null(outcome.Quota);
        Assert.Equal([0, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Contains(outcome.Explanation, l => l.Rule == "quota" && l.Detail == "no seat to fill, no quota");
        Assert.Contains(outcome.Explanation, l => l.Rule == "seats by quota" && l.Detail == "A 0, B 0; 0 of 0 seat(s)");
    }

    [Fact]
    public void Apportion_UnresolvedTie_LeavesTheSeatUnallocatedAndSaysSo()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 50), ("B", 50)), TieBreakChain.Unresolved);
        Assert.Equal(1, outcome.SeatsUnallocated);
        Assert.Equal([0, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Contains(outcome.Explanation, l => l.Rule == "result" && l.Detail.EndsWith("1 seat(s) left unallocated by an unresolved tie", StringComparison.Ordinal));
    }

    [Fact]
    public void Apportion_VotesAndInitialSeats_AreCheckedAtTheirBounds()
    {
        _ = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, [new ListVotes("A", SeatApportionment.MaxVotes, SeatApportionment.MaxSeats)], TieBreakChain.Unresolved);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 1, [new ListVotes("A", SeatApportionment.MaxVotes + 1)], TieBreakChain.Unresolved));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 1, [new ListVotes("A", 10, SeatApportionment.MaxSeats + 1)], TieBreakChain.Unresolved));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 1, [new ListVotes("A", 10, -1)], TieBreakChain.Unresolved));
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion(
            ApportionmentMethod.DHondt, 1, [new ListVotes("A", -1), new ListVotes("B", 10)], TieBreakChain.Unresolved));
    }

    [Fact]
    public void Apportion_NullArguments_AreRejectedByName()
    {
        Assert.Equal("lists", Assert.Throws<ArgumentNullException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, null!, TieBreakChain.Unresolved)).ParamName);
        Assert.Equal("tieBreak", Assert.Throws<ArgumentNullException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 1)), null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => SeatApportionment.ParseMethod(null!)).ParamName);
    }

    [Theory]
    [InlineData("dhondt", ApportionmentMethod.DHondt)]
    [InlineData(" Sainte-Lague ", ApportionmentMethod.SainteLague)]
    [InlineData("HuntingtonHill", ApportionmentMethod.HuntingtonHill)]
    public void ParseMethod_NamesAndEnumNames(string text, ApportionmentMethod expected) =>
        Assert.Equal(expected, SeatApportionment.ParseMethod(text));

    [Theory]
    [InlineData("1")]
    [InlineData("cube-root")]
    public void ParseMethod_NumbersAndUnknownNames_AreRejected(string text) =>
        Assert.Throws<ArgumentException>(() => SeatApportionment.ParseMethod(text));
}
