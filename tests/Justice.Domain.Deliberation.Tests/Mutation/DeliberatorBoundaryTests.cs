using Justice.Domain.Core;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Deliberation.Tests.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// What the example tests of <see cref="Deliberator"/> left unchecked: the reason and article of each structural
/// exclusion of a proxy (an exclusion is never silent), the reconvened-meeting rule when it does not apply, a majority
/// that no vote cast can meet, and each way a tie rule settles an equality.
/// </summary>
public class DeliberatorBoundaryTests
{
    private static readonly LocalDate Day = new(2026, 3, 14);

    private static readonly LegalReference Admitting = LegalReference.UsmStatutes(15, 4);

    private static readonly LegalReference Voters = LegalReference.UsmInternalRules("3-3", 2);

    private static IEnumerable<string> Present(int deliberative) =>
        new[] { "president" }.Concat(Enumerable.Range(1, deliberative - 1).Select(i => "elected" + i));

    private static MeetingRules Bureau(ProxyPolicy proxies, LegalReference? voters = null) =>
        new(QuorumRule.None, MajorityRule.Simple(null), proxies, TieRule.MotionFails(), VotersMustBeUpToDateWithDues: true, VotersReference: voters);

    private static Meeting BureauMeeting(params Proxy[] proxies)
    {
        // a, c and f are present, c with a consultative voice; b, d and e are absent, e not up to date with the dues.
        Member[] members =
        [
            new("a", Voice.Deliberative), new("b", Voice.Deliberative), new("c", Voice.Consultative),
            new("d", Voice.Deliberative), new("e", Voice.Deliberative, duesUpToDate: false), new("f", Voice.Deliberative),
        ];
        return Meeting.Create("bureau", Day, members, ["a", "c", "f"], proxies);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 4")]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void CheckProxies_EachStructuralExclusion_GivesItsReasonAndArticle()
    {
        var meeting = BureauMeeting(
            new Proxy("ghost", "a"), new Proxy("b", "x"), new Proxy("d", "d"), new Proxy("e", "a"), new Proxy("f", "c"),
            new Proxy("b", "a"), new Proxy("b", "a"), new Proxy("d", "c"), new Proxy("d", "e"), new Proxy("d", "f"));

        var decisions = Deliberator.CheckProxies(meeting, Bureau(ProxyPolicy.AdmittedBy(Admitting), Voters));

        Assert.Equal(
            [
                "giver 'ghost' is not a member of bureau",
                "holder 'x' is not a member of bureau",
                "member 'd' cannot hold their own proxy",
                "giver 'e' is not entitled to vote (dues not up to date) and cannot give a proxy",
                "giver 'f' is present and votes in person",
                null,
                "giver 'b' has already given a proxy",
                "holder 'c' is not entitled to vote (consultative voice)",
                "holder 'e' is absent; only a present member may hold a proxy",
                "holder 'f' has given a proxy; proxies are not passed on",
            ],
            decisions.Select(d => d.Reason));
        Assert.Equal(
            ["giver is a member", "holder is a member", "giver and holder differ", "giver entitled to vote", "present member not represented", null,
                "one proxy per giver", "holder entitled to vote", "holder present", "no chain of proxies"],
            decisions.Select(d => d.Rule));

        // The voting rights are the electorate's article; every other structural rule cites the article admitting proxies.
        Assert.Equal(
            [Admitting, Admitting, Admitting, Voters, Admitting, null, Admitting, Voters, Admitting, Admitting],
            decisions.Select(d => d.Reference));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 4")]
    public void CheckProxies_WithoutAnElectorateArticle_VotingRightsCiteTheArticleAdmittingProxies()
    {
        var meeting = BureauMeeting(new Proxy("e", "a"), new Proxy("d", "c"));

        var decisions = Deliberator.CheckProxies(meeting, Bureau(ProxyPolicy.AdmittedBy(Admitting)));

        Assert.Equal(["giver entitled to vote", "holder entitled to vote"], decisions.Select(d => d.Rule));
        Assert.Equal([Admitting, Admitting], decisions.Select(d => d.Reference));
    }

    [Fact]
    public void CheckProxies_NotAdmitted_SaysNoProxyIsAdmitted()
    {
        var decision = Deliberator.CheckProxies(BureauMeeting(new Proxy("b", "a")), Bureau(ProxyPolicy.NotAdmitted))[0];

        Assert.False(decision.Accepted);
        Assert.Equal("no proxy is admitted for this decision", decision.Reason);
        Assert.Null(decision.Reference);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_ReconvenedMeetingThatReachesTheQuorum_IsNotWaived()
    {
        // 16 of 27 deliberative members present: the quorum is met, so the reconvened-meeting rule is not needed.
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16), inquorateMeetingDate: Day.PlusDays(-8));

        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(9, 7)));

        Assert.True(outcome.Quorum.Met);
        Assert.False(outcome.Quorum.Waived);
        Assert.Contains(outcome.Explanation, l => l.Rule == "quorum" && l.Detail.EndsWith("14 needed: met", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_RuleWithoutReconvening_AnInquorateMeetingIsNotWaivedHoweverLongAfter()
    {
        // A text that sets a quorum and no reconvened-meeting rule: a later meeting still needs the quorum.
        var rules = DeliberatorTests.CouncilRules();
        rules = rules with { Quorum = new QuorumRule(rules.Quorum.Base, rules.Quorum.Threshold, rules.Quorum.Counting, rules.Quorum.Reference) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(5), inquorateMeetingDate: Day.PlusDays(-60));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(3, 2)));

        Assert.Equal(MotionDecision.NoQuorum, outcome.Decision);
        Assert.False(outcome.Quorum.Waived);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_QuorumLine_CitesTheQuorumArticleOrTheReconveningArticle()
    {
        var quorumArticle = LegalReference.UsmStatutes(15, 2);
        var reconveningArticle = LegalReference.UsmStatutes(15);
        var rules = DeliberatorTests.CouncilRules();
        rules = rules with { Quorum = rules.Quorum.WithReconvening(8, reconveningArticle) };

        var held = Deliberator.Decide(Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16)), rules, new Motion("m", new VoteTally(9, 7)));
        var reconvened = Deliberator.Decide(
            Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(5), inquorateMeetingDate: Day.PlusDays(-8)), rules, new Motion("m", new VoteTally(3, 2)));

        Assert.Equal(quorumArticle, held.Explanation.Single(l => l.Rule == "quorum").Reference);
        Assert.Equal(reconveningArticle, reconvened.Explanation.Single(l => l.Rule == "quorum waived (reconvened meeting)").Reference);
    }

    [Fact]
    public void Decide_AtLeastHalfOfVotesCastWhenEveryoneAbstains_IsNotAnAdoption()
    {
        // "At least half of the votes cast" on no vote cast: 0 ≥ 0 arithmetically, but a motion nobody voted for is not
        // adopted: a majority of an empty base is never met.
        var rules = DeliberatorTests.CouncilRules() with { Majority = new MajorityRule(MajorityBase.VotesCast, Threshold.Fraction(1, 2, Comparison.AtLeast), null) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(0, 0, abstentions: 16)));

        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.False(outcome.Majority!.Met);
        Assert.Equal(0, outcome.Majority.BaseCount);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_ChairVotedAgainst_TheExplanationSaysTheAgainstSidePrevails()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(8, 8), VoteChoice.No));

        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.True(outcome.TieApplied);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: chair's casting vote"
            && l.Detail == "8 for and 8 against; the chair 'president' voted against, which prevails");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_SecretBallotPassesNoChairVote_TheTieFails()
    {
        // TieRule.ChairCastingVote: a secret ballot passes no chair vote, and a tie then fails.
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion", new VoteTally(8, 8)));

        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: chair's casting vote unavailable"
            && l.Detail == "the chair 'president' did not vote for or against; the motion fails");
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    public void Decide_TieWhereTheTextGivesNoCastingVote_TheMotionFailsAndSaysSo()
    {
        var rules = DeliberatorTests.CouncilRules() with { Tie = TieRule.MotionFails(LegalReference.UsmStatutes(23, 2)) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(8, 8), VoteChoice.Yes));

        Assert.Equal(MotionDecision.Rejected, outcome.Decision);
        Assert.True(outcome.TieApplied);
        Assert.Contains(outcome.Explanation, l => l.Rule == "tie: motion fails" && l.Detail == "8 for and 8 against; a tie does not adopt the motion"
            && l.Reference == LegalReference.UsmStatutes(23, 2));
    }

    [Fact]
    public void Decide_TieByLot_EitherSideCanBeDrawnAndTheDrawDecides()
    {
        // The drawing is between "adopted" and "rejected": over a range of seeds both come up, and each time the
        // decision is the side drawn, recorded in the explanation with the key.
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var decisions = new HashSet<MotionDecision>();
        for (var seed = 1; seed <= 16; seed++)
        {
            var rules = DeliberatorTests.CouncilRules() with { Tie = TieRule.DrawingOfLots(DrawingOfLots.Seeded(seed), null) };
            var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(8, 8)));
            var drawn = Assert.Single(outcome.Draw!.Selected);
            Assert.Equal(drawn == "adopted" ? MotionDecision.Adopted : MotionDecision.Rejected, outcome.Decision);
            Assert.Contains(outcome.Explanation, l => l.Rule == "tie: drawing of lots" && l.Detail == "key \"" + outcome.Draw.KeyString + "\" drew '" + drawn + "'");
            decisions.Add(outcome.Decision);
        }

        Assert.Equal([MotionDecision.Adopted, MotionDecision.Rejected], decisions.Order());
    }

    [Fact]
    public void Decide_AdoptionWithEqualForAndAgainst_IsNoTie()
    {
        // A motion that reaches its majority is adopted; the tie rule settles only a motion that fails with for equal to
        // against. At least one third of the 16 present, 6 for and 6 against: 18 ≥ 16, adopted, whatever the chair voted.
        var rules = DeliberatorTests.CouncilRules() with { Majority = MajorityRule.OfPresentOrRepresented(Threshold.Fraction(1, 3, Comparison.AtLeast), null) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(6, 6, abstentions: 4), VoteChoice.No));

        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.False(outcome.TieApplied);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Decide_MajorityOfPresent_TheCastingVoteAddsAVoteForButNotAVoter()
    {
        // 9 present, more than half of those present: 4 for, 4 against, 1 abstention. Settled for the motion the
        // equality counts 5 for out of the same 9 present (10 > 9): the chair's vote adopts it. Counting a 10th voter
        // would wrongly make it fail (10 > 10 is false).
        var rules = DeliberatorTests.CouncilRules() with { Quorum = QuorumRule.None, Majority = MajorityRule.OfPresentOrRepresented(Threshold.MoreThanHalf, null) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(9));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(4, 4, abstentions: 1), VoteChoice.Yes));

        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.True(outcome.TieApplied);
    }

    [Theory]
    [InlineData(MajorityBase.AllMembers, "base all members, consultative voices included = 30")]
    [InlineData(MajorityBase.DeliberativeMembers, "base members entitled to vote = 27")]
    public void Decide_MajorityLine_NamesTheBaseInWords(MajorityBase majorityBase, string expected)
    {
        var rules = DeliberatorTests.CouncilRules() with { Majority = new MajorityRule(majorityBase, Threshold.MoreThanHalf, null) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));

        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion", new VoteTally(10, 6)));

        Assert.Contains(expected, outcome.Explanation.Single(l => l.Rule == "majority").Detail, StringComparison.Ordinal);
    }
}

