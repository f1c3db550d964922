using FsCheck.Xunit;
using Justice.Domain.Cav.Election;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class RepresentativeSeatsTests
{
    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Allocate_2026Result_Gives4_1_1_0()
    {
        // Valid-vote shares of February 2026 in hundredths of a percent: USM 60.99 %, SM 25.03 %, UM-FO 12.51 %, CFDT 1.46 %.
        var outcome = RepresentativeSeats.Allocate(6, [new("USM", 6099), new("SM", 2503), new("UM-FO", 1251), new("CFDT", 146)], null);
        Assert.True(outcome.IsComplete);
        Assert.Equal([4, 1, 1, 0], outcome.Lists.Select(l => l.Seats));
        Assert.Equal([3, 1, 0, 0], outcome.Lists.Select(l => l.QuotaSeats));
        Assert.Equal("9999/6", outcome.Quota);
        Assert.Equal("Décret 2025-659, art. 14", Assert.Single(outcome.References).ToString());
        Assert.Empty(outcome.Ties);
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Allocate_2022SharesUnderTheReformedRule_Give4_2_0()
    {
        // 2022 (former system) shares of valid votes: USM 62.86 %, SM 29.01 %, Unité Magistrats 7.5 %; the other 0.63 % as one list.
        var known = RepresentativeSeats.Allocate(6, [new("USM", 6286), new("SM", 2901), new("UM", 750)], null);
        Assert.Equal([4, 2, 0], known.Lists.Select(l => l.Seats));
        var withOthers = RepresentativeSeats.Allocate(6, [new("USM", 6286), new("SM", 2901), new("UM", 750), new("others", 63)], null);
        Assert.Equal([4, 2, 0, 0], withOthers.Lists.Select(l => l.Seats));
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Allocate_EqualRemainders_SeatGoesToTheListWithMoreVotes()
    {
        // Quotient 20 ÷ 2 = 10: A holds 1 quotient remainder 5, B none remainder 5; the last seat goes to A (more votes).
        var outcome = RepresentativeSeats.Allocate(2, [new("A", 15), new("B", 5)], null);
        Assert.Equal(2, outcome.SeatsOf("A"));
        Assert.Equal(0, outcome.SeatsOf("B"));
        var tie = Assert.Single(outcome.Ties);
        Assert.True(tie.IsResolved);
        Assert.Null(tie.Draw);
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 14")]
    public void Allocate_EqualRemaindersAndVotes_DrawingOfLotsOrUnresolved()
    {
        ListVotes[] lists = [new("A", 100), new("B", 100), new("C", 100)];
        var unresolved = RepresentativeSeats.Allocate(2, lists, null);
        Assert.False(unresolved.IsComplete);
        Assert.Equal(2, unresolved.SeatsUnallocated);

        var drawn = RepresentativeSeats.Allocate(2, lists, DrawingOfLots.Seeded(2026));
        Assert.True(drawn.IsComplete);
        Assert.Equal(2, drawn.Lists.Sum(l => l.Seats));
        var tie = Assert.Single(drawn.Ties);
        Assert.NotNull(tie.Draw);
        Assert.Equal(tie.Winners, tie.Draw!.Selected.Take(2));
        var again = RepresentativeSeats.Allocate(2, lists, DrawingOfLots.Seeded(2026));
        Assert.Equal(drawn.Lists.Select(l => l.Seats), again.Lists.Select(l => l.Seats));
    }

    [Property]
    public Property Allocate_Property_AllSeatsAllocatedAndEachListWithinOneOfItsQuota()
    {
        var gen = Gen.Choose(0, 20000).ArrayOf().Where(a => a.Length is > 0 and <= 8 && a.Sum() > 0).Zip(Gen.Choose(1, 12));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (votes, seats) = t;
            var lists = votes.Select((v, i) => new ListVotes("L" + i, v)).ToArray();
            var outcome = RepresentativeSeats.Allocate(seats, lists, DrawingOfLots.Seeded(7));
            long total = votes.Sum();
            var withinQuota = outcome.Lists.All(l => (long)l.Seats * total >= l.Votes * seats - total && (long)l.Seats * total <= l.Votes * seats + total);
            return outcome.IsComplete && outcome.Lists.Sum(l => l.Seats) == seats && withinQuota;
        });
    }

    [Property]
    public Property Allocate_Property_MoreVotesNeverFewerSeats()
    {
        var gen = Gen.Choose(1, 5000).ArrayOf().Where(a => a.Length is > 1 and <= 6).Zip(Gen.Choose(1, 9));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (votes, seats) = t;
            var outcome = RepresentativeSeats.Allocate(seats, votes.Select((v, i) => new ListVotes("L" + i, v)), DrawingOfLots.Seeded(11));
            var ordered = outcome.Lists.OrderBy(l => l.Votes).ToArray();
            return ordered.Zip(ordered.Skip(1)).All(p => p.First.Votes == p.Second.Votes || p.First.Seats <= p.Second.Seats);
        });
    }

    [Fact]
    public void Allocate_BadInput_ThrowsNamingTheItem()
    {
        Assert.Contains("seats", Assert.Throws<ArgumentOutOfRangeException>(() => RepresentativeSeats.Allocate(0, [new("A", 1)], null)).Message, StringComparison.Ordinal);
        Assert.Contains("'A'", Assert.ThrowsAny<ArgumentException>(() => RepresentativeSeats.Allocate(6, [new("A", -1)], null)).Message, StringComparison.Ordinal);
        Assert.Contains("without a name", Assert.Throws<ArgumentException>(() => RepresentativeSeats.Allocate(6, [new(" ", 1)], null)).Message, StringComparison.Ordinal);
    }
}
