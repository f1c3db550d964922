using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Deliberation.Tests.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// The boundaries of the meeting rules that the example tests left unchecked: the tie that needs votes on both sides,
/// the casting vote of an absent chair, the quorum counted on present members only, and the limits of a tally.
/// </summary>
public class MeetingRuleBoundaryTests
{
    private static readonly LocalDate Day = new(2026, 3, 14);

    private static IEnumerable<string> Present(int deliberative, bool chair = true) =>
        (chair ? new[] { "president" } : []).Concat(Enumerable.Range(1, deliberative - (chair ? 1 : 0)).Select(i => "elected" + i));

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_NoVoteForOrAgainst_IsNoTieAndTheMotionFails()
    {
        // "En cas d'égalité des suffrages": 0 for and 0 against (everyone abstains) is no vote cast, not a tie.
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(0, 0, abstentions: 16), VoteChoice.Yes));
        Assert.False(outcome.TieApplied);
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Rule == "decision" && l.Detail == "motion 'motion' rejected");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_TieWithTheChairAbsent_TheCastingVoteIsUnavailableAndTheMotionFails()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16, chair: false));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.Yes));
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: chair's casting vote unavailable" && l.Detail == "the chair 'president' is absent"
            && l.Reference == LegalReference.UsmStatutes(15, 3));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_TieWithoutAChair_TheCastingVoteIsUnavailable()
    {
        var members = DeliberatorTests.Council().Select(m => m.IsChair ? new Member(m.Id, m.Voice) : m).ToList();
        var meeting = Meeting.Create("conseil national", Day, members, Present(16));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.Yes));
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Detail == "the meeting has no chair");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_TieWhereThePresentChairDidNotVote_TheMotionFails()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.Abstain));
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Detail == "the chair 'president' did not vote for or against; the motion fails");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_NoQuorum_NeitherMajorityNorTieIsConsidered()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(13));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(6, 6), VoteChoice.Yes));
        Assert.Equal(MotionDecision.NoQuorum, outcome.Decision);
        Assert.False(outcome.TieApplied);
        Assert.Null(outcome.Majority);
        Assert.Contains(outcome.Explanation, l => l.Rule == "quorum" && l.Detail.EndsWith("not met", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void CheckQuorum_CountedOnPresentMembersOnly_ProxiesDoNotMakeTheQuorum()
    {
        // 13 of 27 deliberative members present and 2 represented: 15 reach the majority only if the represented count.
        var proxies = new[] { new Proxy("elected20", "elected1"), new Proxy("elected21", "elected2") };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(13), proxies);
        var rules = DeliberatorTests.CouncilRules();
        Assert.True(Deliberator.CheckQuorum(meeting, rules).Met);
        var presentOnly = rules with { Quorum = rules.Quorum with { Counting = QuorumCounting.PresentOnly } };
        var check = Deliberator.CheckQuorum(meeting, presentOnly);
        Assert.False(check.Met);
        Assert.Equal(13, check.Counted);
    }

    [Fact]
    public void CheckQuorum_OfAllMembers_CountsTheConsultativeVoices()
    {
        var rules = DeliberatorTests.CouncilRules();
        var allMembers = rules with { Quorum = rules.Quorum with { Base = QuorumBase.AllMembers } };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(14).Append("honorary1"));
        var check = Deliberator.CheckQuorum(meeting, allMembers);
        Assert.Equal(30, check.BaseCount);
        Assert.Equal(15, check.Counted);
        Assert.False(check.Met);
    }

    [Fact]
    public void Decide_OnAFixedShareOfVotesCast_TheCastingVoteCountsAsOneMoreVoteCast()
    {
        // At least 6/11 of votes cast: 8 for and 8 against settled for the motion counts 9 of 17 votes cast (99 < 102), short
        // of the majority; counted on 16 votes cast it would wrongly reach it (99 ≥ 96).
        var rules = DeliberatorTests.CouncilRules() with
        {
            Majority = new MajorityRule(MajorityBase.VotesCast, Threshold.Fraction(6, 11, Comparison.AtLeast), null),
        };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(8, 8), VoteChoice.Yes));
        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.False(outcome.TieApplied);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: not decisive" && l.Detail.Contains("would count 9 for", StringComparison.Ordinal));
    }

    [Fact]
    public void MajorityRule_IsSimpleOnlyForMoreThanHalfOfVotesCast()
    {
        Assert.True(MajorityRule.Simple(null).IsSimple);
        Assert.False(MajorityRule.OfPresentOrRepresented(Threshold.MoreThanHalf, null).IsSimple);
        Assert.False(new MajorityRule(MajorityBase.VotesCast, Threshold.TwoThirds, null).IsSimple);
    }

    [Fact]
    public void Threshold_TextAndArguments()
    {
        Assert.Equal("none", Threshold.None.ToString());
        Assert.Equal("more than 1/2", Threshold.MoreThanHalf.ToString());
        Assert.Equal("at least 2/3", Threshold.TwoThirds.ToString());
        Assert.True(Threshold.None.IsMet(0, 10));
        Assert.Equal(0, Threshold.None.MinimumOf(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.MoreThanHalf.IsMet(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.MoreThanHalf.IsMet(1, -10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.None.MinimumOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.Fraction(1, 0, Comparison.AtLeast));
        Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.Fraction(3, 2, Comparison.AtLeast));
    }

    [Fact]
    public void VoteTally_EveryCountEntersTheOverflowCheck()
    {
        _ = new VoteTally(int.MaxValue, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(int.MaxValue, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(int.MaxValue, 0, abstentions: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(int.MaxValue, 0, blank: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(int.MaxValue, 0, spoiled: 1));
    }

    [Fact]
    public void Deliberator_NullArguments_AreRejectedByName()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var rules = DeliberatorTests.CouncilRules();
        Assert.Equal("meeting", Assert.Throws<ArgumentNullException>(() => Deliberator.CheckProxies(null!, rules)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => Deliberator.CheckProxies(meeting, null!)).ParamName);
        Assert.Equal("meeting", Assert.Throws<ArgumentNullException>(() => Deliberator.CheckQuorum(null!, rules)).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => Deliberator.CheckQuorum(meeting, null!)).ParamName);
        Assert.Equal("meeting", Assert.Throws<ArgumentNullException>(() => Deliberator.Decide(null!, rules, new Motion("m", new VoteTally(1, 0)))).ParamName);
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => Deliberator.Decide(meeting, null!, new Motion("m", new VoteTally(1, 0)))).ParamName);
        Assert.Equal("motion", Assert.Throws<ArgumentNullException>(() => Deliberator.Decide(meeting, rules, null!)).ParamName);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3")]
    public void CheckProxies_GiverWithDuesOutstanding_ReasonSaysSo()
    {
        var rules = DeliberatorTests.CouncilRules() with { VotersMustBeUpToDateWithDues = true };
        var members = DeliberatorTests.Council().Select(m => m.Id == "elected20" ? new Member(m.Id, m.Voice, duesUpToDate: false) : m);
        var meeting = Meeting.Create("conseil national", Day, members, Present(16), [new Proxy("elected20", "elected1"), new Proxy("honorary2", "elected2")]);
        var decisions = Deliberator.CheckProxies(meeting, rules);
        Assert.Contains("(dues not up to date)", decisions[0].Reason, StringComparison.Ordinal);
        Assert.Contains("(consultative voice)", decisions[1].Reason, StringComparison.Ordinal);
    }
}
