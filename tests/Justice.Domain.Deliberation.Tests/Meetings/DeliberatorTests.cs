using Justice.Domain.Core;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public partial class DeliberatorTests
{
    private static readonly LocalDate Day = new(2026, 3, 14);

    // A council shaped like the USM conseil national (Statuts USM, art. 12 and 15): the chair and 26 elected members
    // with a deliberative voice, and consultative members; quorum: majority of deliberative members present or
    // represented; decisions "à la majorité simple des présents ou représentés" (more for than against, abstentions not
    // counted); chair's casting vote whenever for equals against; 2 proxies per holder.
    internal static MeetingRules CouncilRules() => new(
        new QuorumRule(QuorumBase.DeliberativeMembers, Threshold.MoreThanHalf, QuorumCounting.PresentOrRepresented, LegalReference.UsmStatutes(15, 2))
            .WithReconvening(8, LegalReference.UsmStatutes(15, 2)),
        MajorityRule.Simple(LegalReference.UsmStatutes(15, 3)),
        ProxyPolicy.AdmittedBy(LegalReference.UsmStatutes(15, 4), ProxyRule.CapPerHolder(2, LegalReference.UsmStatutes(15, 4))),
        TieRule.ChairCastingVote(LegalReference.UsmStatutes(15, 3)));

    internal static List<Member> Council()
    {
        var members = new List<Member> { new("president", Voice.Deliberative, isChair: true) };
        members.AddRange(Enumerable.Range(1, 26).Select(i => new Member("elected" + i, Voice.Deliberative)));
        members.AddRange(Enumerable.Range(1, 3).Select(i => new Member("honorary" + i, Voice.Consultative)));
        return members;
    }

    private static IEnumerable<string> Present(int deliberative) =>
        new[] { "president" }.Concat(Enumerable.Range(1, deliberative - 1).Select(i => "elected" + i)).Append("honorary1");

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_FourteenOf27DeliberativePresent_QuorumMet()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(14));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(10, 4)));
        Assert.True(outcome.Quorum.Met);
        Assert.Equal(27, outcome.Quorum.BaseCount);
        Assert.Equal(14, outcome.Quorum.Required);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_ThirteenPresent_NoQuorumCitingTheArticle()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(13));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(10, 3)));
        Assert.Equal(MotionDecision.NoQuorum, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Rule == "quorum" && l.Reference == LegalReference.UsmStatutes(15, 2));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_ReconvenedEightDaysLater_DeliberatesWithoutQuorum()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(5), inquorateMeetingDate: Day.PlusDays(-8));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(3, 2)));
        Assert.True(outcome.Quorum.Waived);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);

        var tooSoon = Meeting.Create("conseil national", Day, Council(), Present(5), inquorateMeetingDate: Day.PlusDays(-7));
        Assert.Equal(MotionDecision.NoQuorum, Deliberator.Decide(tooSoon, CouncilRules(), new Motion("motion", new VoteTally(3, 2))).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_Tie_ChairCastingVotePrevails()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.Yes));
        Assert.True(outcome.TieApplied);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        var against = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.No));
        Assert.Equal(MotionDecision.Rejected, against.Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_Art15Al3_20Present9For9Against2AbstentionsPresidentFor_AdoptedByCastingVote()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(20));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(9, 9, 2), VoteChoice.Yes));
        Assert.True(outcome.TieApplied);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: chair's casting vote" && l.Reference == LegalReference.UsmStatutes(15, 3));
        var against = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(9, 9, 2), VoteChoice.No));
        Assert.Equal(MotionDecision.Rejected, against.Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_Art15Al3_7For6Against2Abstentions_AdoptedMoreForThanAgainst()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(15));
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(7, 6, 2)));
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.False(outcome.TieApplied);
        Assert.Equal(13, outcome.Majority!.BaseCount);
        Assert.Contains("simple majority (more for than against)", outcome.Explanation.Single(l => l.Rule == "majority").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MajorityOfPresent_7For6Against2Abstentions_RejectedAbstentionsWeighAsNo()
    {
        // The other form the engine says: "majorité des membres présents ou représentés" (legal notes § 5): 7 of 15 is not more than half.
        var rules = CouncilRules() with { Majority = MajorityRule.OfPresentOrRepresented(Threshold.MoreThanHalf, null) };
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(15));
        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(7, 6, 2)));
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Equal(15, outcome.Majority!.BaseCount);
        Assert.Equal(8, outcome.Majority.Required);
    }

    [Fact]
    public void Decide_AllMembersBase_CountsConsultativeMembers()
    {
        // 27 deliberative + 3 consultative members: two thirds of all 30 members is 20; of the 27 deliberative, 18.
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(27));
        var all = CouncilRules() with { Majority = new MajorityRule(MajorityBase.AllMembers, Threshold.TwoThirds, null), Tie = TieRule.MotionFails() };
        var deliberative = all with { Majority = new MajorityRule(MajorityBase.DeliberativeMembers, Threshold.TwoThirds, null) };
        var motion = new Motion("motion", new VoteTally(19, 8));
        Assert.Equal(MotionDecision.Rejected, Deliberator.Decide(meeting, all, motion).Decision);
        Assert.Equal(20, Deliberator.Decide(meeting, all, motion).Majority!.Required);
        Assert.Equal(MotionDecision.Adopted, Deliberator.Decide(meeting, deliberative, motion).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 4")]
    public void CheckProxies_ThirdProxyForOneHolder_ExcludedWithCapAndArticle()
    {
        var proxies = new[] { new Proxy("elected20", "elected1"), new Proxy("elected21", "elected1"), new Proxy("elected22", "elected1") };
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(14), proxies);
        var decisions = Deliberator.CheckProxies(meeting, CouncilRules());
        Assert.True(decisions[0].Accepted);
        Assert.True(decisions[1].Accepted);
        Assert.False(decisions[2].Accepted);
        Assert.Contains("elected1", decisions[2].Reason, StringComparison.Ordinal);
        Assert.Equal(LegalReference.UsmStatutes(15, 4), decisions[2].Reference);
    }

    [Fact]
    public void CheckProxies_AbsentHolder_ExcludedNamingTheHolder()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(14), [new Proxy("elected20", "elected25")]);
        var decision = Deliberator.CheckProxies(meeting, CouncilRules())[0];
        Assert.False(decision.Accepted);
        Assert.Equal("holder present", decision.Rule);
        Assert.Contains("'elected25' is absent", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_MoreBallotsThanVoters_ThrowsWithBothCounts()
    {
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(14));
        var ex = Assert.Throws<ArgumentException>(() => Deliberator.Decide(meeting, CouncilRules(), new Motion("budget", new VoteTally(10, 5))));
        Assert.Contains("'budget'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("15 ballots", ex.Message, StringComparison.Ordinal);
        Assert.Contains("only 14", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateMember_ThrowsNamingIt()
    {
        var members = Council().Append(new Member("elected3", Voice.Deliberative));
        var ex = Assert.Throws<ArgumentException>(() => Meeting.Create("conseil national", Day, members, ["president"]));
        Assert.Contains("'elected3'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TieByLot_RecordsTheDraw()
    {
        var rules = CouncilRules() with { Tie = TieRule.DrawingOfLots(DrawingOfLots.Seeded(5), null) };
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(8, 8)));
        Assert.NotNull(outcome.Draw);
        Assert.Equal(outcome.Draw!.Selected[0] == "adopted", outcome.Passed);
    }

    [Fact]
    public void Outcome_JsonRoundTrip_IsLossless()
    {
        var proxies = new[] { new Proxy("elected20", "elected1"), new Proxy("elected21", "elected30") };
        var meeting = Meeting.Create("conseil national", Day, Council(), Present(16), proxies);
        var outcome = Deliberator.Decide(meeting, CouncilRules(), new Motion("motion", new VoteTally(8, 8, 1, 0, 0), VoteChoice.Yes));
        var json = System.Text.Json.JsonSerializer.Serialize(outcome, Serialization.DeliberationJsonContext.Default.MotionOutcome);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, Serialization.DeliberationJsonContext.Default.MotionOutcome)!;
        Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, Serialization.DeliberationJsonContext.Default.MotionOutcome));
        Assert.Equal(8, back.Majority!.Tally.Yes);
        Assert.Equal(outcome.Proxies[1].Reason, back.Proxies[1].Reason);
    }
}
