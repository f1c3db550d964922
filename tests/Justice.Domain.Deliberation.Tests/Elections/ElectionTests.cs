using FsCheck.Xunit;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Elections;

public class ElectionTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 8")]
    public void SingleSeatPlurality_Tie_DrawingOfLotsDecides()
    {
        var chain = TieBreakChain.LotOnly(DrawingOfLots.Seeded(11), LegalReference.UsmStatutes(8));
        var outcome = Election.SingleSeatPlurality([new Candidate("X", 40), new Candidate("Y", 40), new Candidate("Z", 10)], chain, LegalReference.UsmStatutes(8));
        Assert.True(outcome.IsComplete);
        Assert.Contains(outcome.Winner, new[] { "X", "Y" });
        Assert.NotNull(outcome.Ties[0].Draw);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_ReservedCategories_FilledFirstThenGeneralPool()
    {
        // 26 seats, at least 8 for second grade and auditeurs, 1 for an honorary magistrate.
        var candidates = new List<Candidate>();
        candidates.AddRange(Enumerable.Range(1, 30).Select(i => new Candidate("other" + i, 1000 - i)));
        candidates.AddRange(Enumerable.Range(1, 10).Select(i => new Candidate("second" + i, 500 - i, ["second grade"])));
        candidates.Add(new Candidate("honorary1", 5, ["honoraire"]));
        var reservations = new[]
        {
            new SeatReservation("second grade", 8, LegalReference.UsmStatutes(12, 2)),
            new SeatReservation("honoraire", 1, LegalReference.UsmStatutes(12, 2)),
        };
        var outcome = Election.MultiSeat(26, candidates, reservations, TieBreakChain.Unresolved, LegalReference.UsmStatutes(12, 2));
        Assert.Equal(26, outcome.Elected.Length);
        Assert.Equal(8, outcome.Elected.Count(e => e.Seat == "second grade"));
        Assert.Contains(outcome.Elected, e => e.Id == "honorary1");
        Assert.Equal(17, outcome.Elected.Count(e => e.Seat == "general"));
        Assert.Contains(outcome.Elected, e => e.Id == "other17");
        Assert.DoesNotContain(outcome.Elected, e => e.Id == "other18");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_TooFewReservedCandidates_SeatsReturnToGeneralPool()
    {
        var candidates = Enumerable.Range(1, 10).Select(i => new Candidate("other" + i, 100 - i)).Append(new Candidate("second1", 1, ["second grade"]));
        var outcome = Election.MultiSeat(5, candidates, [new SeatReservation("second grade", 3, null)], TieBreakChain.Unresolved, null);
        Assert.Equal(5, outcome.Elected.Length);
        Assert.Equal(["second1", "other1", "other2", "other3", "other4"], outcome.Elected.Select(e => e.Id).ToArray());
        Assert.Contains(outcome.Explanation, l => l.Detail.Contains("return to the general pool", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_ReservationWithMaximum_SecondCandidateOfTheCategoryTakesNoGeneralSeat()
    {
        // "dont un (1) conseiller est élu parmi les magistrats honoraires", read as exactly one: 3 seats, the two honorary
        // candidates are first and second on votes; the second takes no general seat under the cap, one without it.
        Candidate[] candidates = [new("honorary1", 90, ["honoraire"]), new("honorary2", 80, ["honoraire"]), new("other1", 70), new("other2", 60)];
        var capped = Election.MultiSeat(3, candidates, [new SeatReservation("honoraire", 1, LegalReference.UsmStatutes(12, 2), Maximum: 1)], TieBreakChain.Unresolved, null);
        Assert.Equal(["honorary1", "other1", "other2"], capped.Elected.Select(e => e.Id).ToArray());
        Assert.Contains(capped.Explanation, l => l.Detail.Contains("honorary2 take no general seat", StringComparison.Ordinal));
        var floor = Election.MultiSeat(3, candidates, [new SeatReservation("honoraire", 1, LegalReference.UsmStatutes(12, 2))], TieBreakChain.Unresolved, null);
        Assert.Equal(["honorary1", "honorary2", "other1"], floor.Elected.Select(e => e.Id).ToArray());
    }

    [Fact]
    public void SeatReservation_MaximumBelowMinimum_ThrowsNamingMaximum() =>
        Assert.Equal("Maximum", Assert.Throws<ArgumentOutOfRangeException>(() => new SeatReservation("honoraire", 2, null, Maximum: 1)).ParamName);

    [Fact]
    public void MultiSeat_DuplicateCandidate_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Election.MultiSeat(1, [new Candidate("A", 1), new Candidate("A", 2)], [], TieBreakChain.Unresolved, null));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidate_NegativeVotes_ThrowsNamingTheCandidate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Candidate("Dupont", -1));
        Assert.Contains("'Dupont'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MultiSeat_TieAtCutoffWithoutRule_SeatUnfilledAndReported()
    {
        var outcome = Election.MultiSeat(2, [new Candidate("A", 10), new Candidate("B", 5), new Candidate("C", 5)], [], TieBreakChain.Unresolved, null);
        Assert.False(outcome.IsComplete);
        Assert.Equal(1, outcome.SeatsUnfilled);
        Assert.Equal(["A"], outcome.Elected.Select(e => e.Id).ToArray());
        Assert.Equal(["B", "C"], outcome.Ties[0].StillTied.ToArray());
    }

    [Fact]
    public void MultiSeat_ReservationsAboveSeats_ThrowsListingThem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Election.MultiSeat(2, [new Candidate("A", 1)], [new SeatReservation("x", 3, null)], TieBreakChain.Unresolved, null));
        Assert.Contains("x 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_ReservationWithOtherCategories_AdmitsAuditeurs()
    {
        var candidates = new[]
        {
            new Candidate("first", 90), new Candidate("second", 80), new Candidate("aud", 3, ["auditeur"]), new Candidate("sg", 2, ["second grade"]),
        };
        var reservation = new SeatReservation("second grade", 2, LegalReference.UsmStatutes(12, 2), ["auditeur"]);
        var outcome = Election.MultiSeat(3, candidates, [reservation], TieBreakChain.Unresolved, null);
        Assert.Equal(["aud", "sg", "first"], outcome.Elected.Select(e => e.Id).ToArray());
    }

    [Fact]
    public void Outcome_JsonRoundTrip_IsLossless()
    {
        var outcome = Election.MultiSeat(2, [new Candidate("A", 10), new Candidate("B", 5), new Candidate("C", 5)], [new SeatReservation("x", 1, LegalReference.UsmStatutes(12, 2))], TieBreakChain.LotOnly(DrawingOfLots.Seeded(3)), LegalReference.UsmStatutes(12, 2));
        var json = System.Text.Json.JsonSerializer.Serialize(outcome, Serialization.DeliberationJsonContext.Default.ElectionOutcome);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, Serialization.DeliberationJsonContext.Default.ElectionOutcome)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, Serialization.DeliberationJsonContext.Default.ElectionOutcome));
    }

    [Property]
    public Property MultiSeat_AnyCandidates_ReservationsMetWhenPossibleAndOrderIrrelevant()
    {
        var gen =
            from votes in Gen.Choose(0, 200).ArrayOf().Where(v => v.Length is > 0 and <= 30)
            from flags in Gen.Elements(0, 1, 2).ArrayOf(votes.Length)
            from seats in Gen.Choose(1, 12)
            from reserved in Gen.Choose(0, Math.Min(seats, 4))
            select (votes, flags, seats, reserved);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (votes, flags, seats, reserved) = input;
            var candidates = votes.Select((v, i) => new Candidate("c" + i, v, flags[i] == 1 ? ["second grade"] : flags[i] == 2 ? ["auditeur"] : null)).ToArray();
            SeatReservation[] reservations = reserved == 0 ? [] : [new SeatReservation("second grade", reserved, null, ["auditeur"])];
            var chain = TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(12));
            var outcome = Election.MultiSeat(seats, candidates, reservations, chain, null);
            var reversed = Election.MultiSeat(seats, candidates.Reverse(), reservations, chain, null);
            var qualified = flags.Count(f => f > 0);
            var reservedElected = outcome.Elected.Count(e => flags[int.Parse(e.Id[1..], System.Globalization.CultureInfo.InvariantCulture)] > 0);
            return outcome.Elected.Length == Math.Min(seats, candidates.Length)
                && reservedElected >= Math.Min(reserved, qualified)
                && outcome.Elected.Select(e => e.Id).Order().SequenceEqual(reversed.Elected.Select(e => e.Id).Order());
        });
    }
}
