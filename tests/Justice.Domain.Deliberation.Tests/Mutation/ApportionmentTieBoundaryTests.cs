using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// When equal remainders or equal averages are a tie that matters (they compete for fewer seats than there are lists
/// tied) and when they are not; Huntington–Hill's order for lists without votes or without seats; which methods start
/// from seats already held.
/// </summary>
public class ApportionmentTieBoundaryTests
{
    private static ListVotes[] Lists(params (string Name, long Votes)[] lists) => ApportionmentBoundaryTests.Lists(lists);

    [Fact]
    public void Apportion_EqualRemaindersForExactlyTheSeatsLeft_AreNoTie()
    {
        // 3 seats, 100 votes: A 30 and B 30 have no whole quota and equal remainders 90/3, C 40 takes 1 seat by quota
        // (remainder 20/3). The 2 seats left go to A and B: equal remainders for as many seats are no tie to break.
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 3, Lists(("A", 30), ("B", 30), ("C", 40)), TieBreakChain.Unresolved);
        Assert.Equal([1, 1, 1], outcome.Lists.Select(l => l.Seats));
        Assert.Equal(["90/3", "90/3", "20/3"], outcome.Lists.Select(l => l.Remainder));
        Assert.Empty(outcome.Ties);
        Assert.True(outcome.IsComplete);
        Assert.Contains(outcome.Explanation, l => l.Rule == "largest remainders" && l.Detail == "seats by remainder: A, B");
    }

    [Fact]
    public void Apportion_EqualRemaindersForFewerSeats_AreATieThatStopsTheApportionment()
    {
        // 2 seats: C's remainder 80/2 takes the first; A and B tie at 60/2 for the last, which an unresolved chain leaves empty.
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 2, Lists(("A", 30), ("B", 30), ("C", 40)), TieBreakChain.Unresolved);
        Assert.Equal([0, 0, 1], outcome.Lists.Select(l => l.Seats));
        var tie = Assert.Single(outcome.Ties);
        Assert.Equal(["A", "B"], tie.Contenders.ToArray());
        Assert.Equal(1, tie.Places);
        Assert.Equal(1, outcome.SeatsUnallocated);
        Assert.Contains(outcome.Explanation, l => l.Rule == "largest remainders" && l.Detail == "seats by remainder: C");
    }

    [Fact]
    public void Apportion_RemaindersOnceTheSeatsAreGone_LeaveTheOtherListsAlone()
    {
        // 1 seat left after the quota: A's remainder takes it; B and C, tied with a smaller remainder, are not a tie.
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 1, Lists(("A", 50), ("B", 20), ("C", 20)), TieBreakChain.Unresolved);
        Assert.Equal([1, 0, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Empty(outcome.Ties);
        Assert.True(outcome.IsComplete);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void Apportion_EqualAveragesForExactlyTheSeatsLeft_AreNoTie(ApportionmentMethod method)
    {
        var outcome = SeatApportionment.Apportion(method, 2, Lists(("A", 50), ("B", 50)), TieBreakChain.Unresolved);
        Assert.Equal([1, 1], outcome.Lists.Select(l => l.Seats));
        Assert.Empty(outcome.Ties);
        Assert.True(outcome.IsComplete);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    public void ApportionNaive_TheReferenceScan_FindsTheSameTieAsTheHeap(ApportionmentMethod method)
    {
        // The full scan is the oracle of the heap: B and C, equal and ahead of A, tie for the one seat; both
        // implementations report the tie unresolved.
        var lists = Lists(("A", 10), ("B", 30), ("C", 30));
        foreach (var outcome in new[]
        {
            SeatApportionment.Apportion(method, 1, lists, TieBreakChain.Unresolved),
            SeatApportionment.ApportionNaive(method, 1, lists, TieBreakChain.Unresolved),
        })
        {
            var tie = Assert.Single(outcome.Ties);
            Assert.Equal(["B", "C"], tie.StillTied.ToArray());
            Assert.Equal(1, outcome.SeatsUnallocated);
            Assert.Equal(0, outcome.Lists.Sum(l => l.Seats));
        }
    }

    [Fact]
    public void ApportionNaive_EqualAveragesForExactlyTheSeatsLeft_AreNoTie()
    {
        // D'Hondt, 3 seats: C 40 takes the first; then B 20 and C 40 ÷ 2 = 20 are equal for the 2 seats left and both win.
        var naive = SeatApportionment.ApportionNaive(ApportionmentMethod.DHondt, 3, Lists(("A", 10), ("B", 20), ("C", 40)), TieBreakChain.Unresolved);
        Assert.Equal([0, 1, 2], naive.Lists.Select(l => l.Seats));
        Assert.Empty(naive.Ties);
    }

    [Fact]
    public void Apportion_HuntingtonHill_AListWithoutVotesGetsNoSeatBeforeAListWithVotes()
    {
        // A list without votes has average 0 whatever its divisor: even without a seat it comes after a list with votes.
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.HuntingtonHill, 3, Lists(("A", 100), ("B", 0)), TieBreakChain.Unresolved);
        Assert.Equal([3, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Empty(outcome.Ties);
    }

    [Fact]
    public void Apportion_HuntingtonHill_AmongListsWithoutASeat_MoreVotesComeFirst()
    {
        // Divisor √0 for each: A 10, B 30, C 20 have an infinite average; the larger vote counts win the 2 seats.
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.HuntingtonHill, 2, Lists(("A", 10), ("B", 30), ("C", 20)), TieBreakChain.Unresolved);
        Assert.Equal([0, 1, 1], outcome.Lists.Select(l => l.Seats));
        Assert.Empty(outcome.Ties);
    }

    [Theory]
    [InlineData(ApportionmentMethod.DHondt, true)]
    [InlineData(ApportionmentMethod.SainteLague, true)]
    [InlineData(ApportionmentMethod.HuntingtonHill, true)]
    [InlineData(ApportionmentMethod.LargestRemainderHare, false)]
    [InlineData(ApportionmentMethod.LargestRemainderDroop, false)]
    [InlineData(ApportionmentMethod.QuotaThenHighestAverage, false)]
    public void Apportion_SeatsAlreadyHeld_OnlyDivisorMethodsStartFromThem(ApportionmentMethod method, bool accepted)
    {
        ListVotes[] lists = [new("Paris", 400, InitialSeats: 2), new("Lyon", 100)];
        if (accepted)
        {
            var outcome = SeatApportionment.Apportion(method, 1, lists, TieBreakChain.Unresolved);
            Assert.Equal(3, outcome.Lists.Sum(l => l.Seats));
            Assert.Equal([2, 0], outcome.Lists.Select(l => l.InitialSeats));
        }
        else
        {
            var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(method, 1, lists, TieBreakChain.Unresolved));
            Assert.Contains("not " + method, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Apportion_HareWithNoSeatToFill_ComputesNoRemainder()
    {
        // Without seats there is no quota, hence no remainder (not a fraction over 0 seats).
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, 0, Lists(("A", 10), ("B", 5)), TieBreakChain.Unresolved);
        Assert.All(outcome.Lists, l => Assert.Null(l.Remainder));
    }

    [Theory]
    [InlineData("largest-remainder-hare", ApportionmentMethod.LargestRemainderHare)]
    [InlineData("largest-remainder-droop", ApportionmentMethod.LargestRemainderDroop)]
    [InlineData("sainte-lague", ApportionmentMethod.SainteLague)]
    [InlineData("huntington-hill", ApportionmentMethod.HuntingtonHill)]
    [InlineData("quota-then-highest-average", ApportionmentMethod.QuotaThenHighestAverage)]
    [InlineData("largestremainderdroop", ApportionmentMethod.LargestRemainderDroop)]
    public void ParseMethod_EveryCommandLineNameAndAnyCaseOfAnEnumName(string text, ApportionmentMethod expected) =>
        Assert.Equal(expected, SeatApportionment.ParseMethod(text));

    [Fact]
    public void ParseMethod_Unknown_ListsEveryKnownName()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.ParseMethod("borda"));
        Assert.StartsWith(
            "method 'borda' is unknown; expected one of largest-remainder-hare, largest-remainder-droop, dhondt, sainte-lague, huntington-hill, quota-then-highest-average.",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_UndefinedMethod_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeatApportionment.Apportion((ApportionmentMethod)99, 1, Lists(("A", 10)), TieBreakChain.Unresolved));

    [Fact]
    public void Apportion_ListWithoutAName_IsRejectedSayingSo()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 10), (" ", 5)), TieBreakChain.Unresolved));
        Assert.StartsWith("lists holds a list without a name; every list needs a unique name.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apportion_UnresolvedEqualAverages_TheExplanationCountsOnlyTheSeatsAwarded()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 50), ("B", 50)), TieBreakChain.Unresolved);
        Assert.Contains(outcome.Explanation, l => l.Rule == "highest averages" && l.Detail.StartsWith("0 seat(s) awarded one by one", StringComparison.Ordinal));
    }

    [Fact]
    public void Apportion_EqualRemaindersBrokenByLot_TheWinnerTakesTheSeatAndTheExplanationNamesIt()
    {
        // 2 seats: C's remainder takes the first, the lot draws A or B for the last; the winner holds the seat.
        var outcome = SeatApportionment.Apportion(
            ApportionmentMethod.LargestRemainderHare, 2, Lists(("A", 30), ("B", 30), ("C", 40)), TieBreakChain.LotOnly(DrawingOfLots.Seeded(7)));
        var winner = Assert.Single(Assert.Single(outcome.Ties).Winners);
        Assert.Equal(1, outcome.SeatsOf(winner));
        Assert.Equal(2, outcome.Lists.Sum(l => l.Seats));
        Assert.Contains(outcome.Explanation, l => l.Rule == "largest remainders" && l.Detail == "seats by remainder: C, " + winner);
    }

    [Fact]
    public void Apportion_EqualAveragesBrokenByLot_TheWinnerTakesTheSeat()
    {
        var outcome = SeatApportionment.Apportion(ApportionmentMethod.DHondt, 1, Lists(("A", 50), ("B", 50)), TieBreakChain.LotOnly(DrawingOfLots.Seeded(7)));
        var winner = Assert.Single(Assert.Single(outcome.Ties).Winners);
        Assert.Equal(1, outcome.SeatsOf(winner));
        Assert.True(outcome.IsComplete);
    }
}
