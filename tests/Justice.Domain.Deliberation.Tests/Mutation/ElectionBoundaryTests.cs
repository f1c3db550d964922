using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// Boundaries of the multi-seat election that the example tests left unchecked: seats left unfilled for want of
/// candidates or by an unresolved tie, the count of reserved seats returned to the general pool, and the election by
/// votes in descending order.
/// </summary>
public class ElectionBoundaryTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_FewerCandidatesThanSeats_TheRestIsUnfilled()
    {
        var outcome = Election.MultiSeat(3, [new Candidate("a", 10), new Candidate("b", 20)], [], TieBreakChain.Unresolved, null);
        Assert.Equal(["b", "a"], outcome.Elected.Select(e => e.Id).ToArray());
        Assert.Equal(1, outcome.SeatsUnfilled);
        Assert.False(outcome.IsComplete);
        Assert.Contains(outcome.Explanation, l => l.Rule == "general seats" && l.Detail == "3: b 20, a 10");
        Assert.Contains(outcome.Explanation, l => l.Rule == "result" && l.Detail == "elected: b, a; 1 seat(s) unfilled");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_ShortfallOfReservedCandidates_IsCountedInTheExplanation()
    {
        // 3 seats reserved to the second grade, one candidate of that grade: 2 seats return to the general pool.
        var candidates = Enumerable.Range(1, 6).Select(i => new Candidate("other" + i, 100 - i)).Append(new Candidate("second1", 1, ["second grade"]));
        var outcome = Election.MultiSeat(5, candidates, [new SeatReservation("second grade", 3, null)], TieBreakChain.Unresolved, null);
        Assert.Contains(outcome.Explanation, l => l.Rule == "reserved seats: second grade"
            && l.Detail == "at least 3: second1 1; only 1 candidate(s) of the category, 2 seat(s) return to the general pool");
        Assert.Contains(outcome.Explanation, l => l.Rule == "general seats" && l.Detail.StartsWith("4: other1 99", StringComparison.Ordinal));
        Assert.Equal(0, outcome.SeatsUnfilled);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_UnresolvedTieForAReservedSeat_LeavesItUnfilledAndTheGeneralSeatsIntact()
    {
        // 3 seats, one reserved to the honorary magistrates: the two honorary candidates tie, the reserved seat stays
        // unfilled and the 2 general seats go to the best of the others.
        Candidate[] candidates = [new("honorary1", 50, ["honoraire"]), new("honorary2", 50, ["honoraire"]), new("other1", 70), new("other2", 60), new("other3", 40)];
        var outcome = Election.MultiSeat(3, candidates, [new SeatReservation("honoraire", 1, null, Maximum: 1)], TieBreakChain.Unresolved, null);
        Assert.Equal(1, outcome.SeatsUnfilled);
        Assert.Equal(["other1", "other2"], outcome.Elected.Select(e => e.Id).ToArray());
        Assert.Contains(outcome.Explanation, l => l.Rule == "reserved seats: honoraire" && l.Detail == "at least 1: none");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 8")]
    public void MultiSeat_SingleSeatWithoutReservation_IsAPluralityInOneRound()
    {
        var outcome = Election.MultiSeat(1, [new Candidate("b", 5), new Candidate("a", 7), new Candidate("c", 6)], [], TieBreakChain.Unresolved, null);
        Assert.Equal("a", outcome.Winner);
        Assert.Contains(outcome.Explanation, l => l.Rule == "single seat, plurality in one round" && l.Detail == "1 seat(s), 3 candidate(s): a 7, c 6, b 5");
        Assert.DoesNotContain(outcome.Explanation, l => l.Rule == "general seats");
    }

    [Fact]
    public void MultiSeat_NobodyStands_NobodyIsElected()
    {
        var outcome = Election.MultiSeat(2, [], [], TieBreakChain.Unresolved, null);
        Assert.Equal(2, outcome.SeatsUnfilled);
        Assert.Contains(outcome.Explanation, l => l.Rule == "result" && l.Detail == "nobody elected; 2 seat(s) unfilled");
    }

    [Fact]
    public void MultiSeat_NullArguments_AreRejectedByName()
    {
        Assert.Equal("tieBreak", Assert.Throws<ArgumentNullException>(() => Election.MultiSeat(1, [new Candidate("a", 1)], [], null!, null)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Election.MultiSeat(0, [new Candidate("a", 1)], [], TieBreakChain.Unresolved, null));
    }
}
