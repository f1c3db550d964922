using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Elections;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Elections;

public class CsmListOrderingTests
{
    [Fact]
    [Trait("Article", "RI USM, art. 2-7, al. 4")]
    public void Order_NameByNameUntilPostsExhausted()
    {
        var members = new List<Member> { new("pres", Voice.Deliberative, isChair: true) };
        members.AddRange(Enumerable.Range(1, 26).Select(i => new Member("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)));
        var meeting = Meeting.Create("conseil national", new LocalDate(2026, 9, 1), members, members.Take(20).Select(m => m.Id));
        var votes = new[]
        {
            new CsmPlacementVote("anne", new VoteTally(15, 5)),
            new CsmPlacementVote("bruno", new VoteTally(8, 12)),
            new CsmPlacementVote("chloe", new VoteTally(10, 10), VoteChoice.Yes),
            new CsmPlacementVote("anne", new VoteTally(20, 0)),
            new CsmPlacementVote("bruno", new VoteTally(11, 9)),
            new CsmPlacementVote("david", new VoteTally(20, 0)),
        };
        var outcome = CsmListOrdering.Order(meeting, UsmDecisionCatalogue.Create(), 3, votes);
        Assert.Equal(["anne", "chloe", "bruno"], outcome.Order);
        Assert.True(outcome.IsComplete);
        Assert.Equal(2, outcome.Rounds[1].Position);
        Assert.Contains("already placed", outcome.Rounds[3].NotHeldReason, StringComparison.Ordinal);
        Assert.Contains("exhausted", outcome.Rounds[5].NotHeldReason, StringComparison.Ordinal);
        Assert.True(outcome.Rounds[2].Outcome!.TieApplied);
    }
}
