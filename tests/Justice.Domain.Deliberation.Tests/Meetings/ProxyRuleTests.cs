using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public class ProxyRuleTests
{
    // RI USM, art. 3-4: at most 5 proxies per delegate present; giver and holder in the same regional union, except
    // auditeurs and members of the overseas unions, who may give a proxy to any member.
    private static MeetingRules AssemblyRules() => new(
        QuorumRule.None,
        MajorityRule.Simple(LegalReference.UsmStatutes(23, 2)),
        ProxyPolicy.AdmittedBy(
            LegalReference.UsmInternalRules("3-4", 1),
            ProxyRule.CapPerHolder(5, LegalReference.UsmInternalRules("3-4", 1)),
            ProxyRule.SameGroup(["auditeur", "outre-mer"], LegalReference.UsmInternalRules("3-4", 4))),
        TieRule.MotionFails(),
        VotersMustBeUpToDateWithDues: true,
        VotersReference: LegalReference.UsmInternalRules("3-3", 2));

    private static ProxyDecision Check(Proxy proxy, params Member[] extra)
    {
        var members = new List<Member>
        {
            new("paris1", Voice.Deliberative, group: "Paris"),
            new("paris2", Voice.Deliberative, group: "Paris"),
            new("lyon1", Voice.Deliberative, group: "Lyon"),
            new("lyon2", Voice.Deliberative, group: "Lyon"),
        };
        members.AddRange(extra);
        var meeting = Meeting.Create("assemblée générale", new LocalDate(2026, 11, 20), members, ["paris1", "lyon1"], [proxy]);
        return Deliberator.CheckProxies(meeting, AssemblyRules())[0];
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_OtherUnion_ExcludedWithArticle()
    {
        var decision = Check(new Proxy("lyon2", "paris1"));
        Assert.False(decision.Accepted);
        Assert.Equal(LegalReference.UsmInternalRules("3-4", 4), decision.Reference);
        Assert.Contains("'lyon2' (Lyon)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_AuditeurMayGiveToAnyMember()
    {
        var decision = Check(new Proxy("aud1", "paris1"), new Member("aud1", Voice.Deliberative, group: "ENM", categories: ["auditeur"]));
        Assert.True(decision.Accepted);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_GiverOfNoGroup_CannotGiveByDefault_MayGiveUnderTheOtherReading()
    {
        var unionless = new Member("retired1", Voice.Deliberative);
        var rejected = Check(new Proxy("retired1", "paris1"), unionless);
        Assert.False(rejected.Accepted);
        Assert.Contains("'retired1' belongs to no group", rejected.Reason, StringComparison.Ordinal);

        var open = AssemblyRules() with
        {
            Proxies = ProxyPolicy.AdmittedBy(
                LegalReference.UsmInternalRules("3-4"),
                ProxyRule.SameGroup(["auditeur", "outre-mer"], LegalReference.UsmInternalRules("3-4", 4), GrouplessGiver.MayGiveToAnyMember)),
        };
        var members = new[] { new Member("paris1", Voice.Deliberative, group: "Paris"), unionless };
        var meeting = Meeting.Create("assemblée générale", new LocalDate(2026, 11, 27), members, ["paris1"], [new Proxy("retired1", "paris1")]);
        Assert.True(Deliberator.CheckProxies(meeting, open)[0].Accepted);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void Giver_NotUpToDateWithDues_CannotGiveAProxy()
    {
        var decision = Check(new Proxy("paris3", "paris1"), new Member("paris3", Voice.Deliberative, group: "Paris", duesUpToDate: false));
        Assert.False(decision.Accepted);
        Assert.Equal("giver entitled to vote", decision.Rule);
        Assert.Equal(LegalReference.UsmInternalRules("3-3", 2), decision.Reference);
    }

    [Fact]
    public void Giver_Consultative_CannotGiveAProxy()
    {
        var decision = Check(new Proxy("guest", "paris1"), new Member("guest", Voice.Consultative, group: "Paris"));
        Assert.Equal("giver entitled to vote", decision.Rule);
        Assert.Contains("consultative voice", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Giver_Present_IsNotAlsoRepresented()
    {
        var decision = Check(new Proxy("lyon1", "paris1"));
        Assert.Equal("present member not represented", decision.Rule);
    }

    [Fact]
    public void Giver_UnknownMember_ExcludedNamingIt()
    {
        var decision = Check(new Proxy("ghost", "paris1"));
        Assert.False(decision.Accepted);
        Assert.Contains("'ghost' is not a member", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Proxies_NotAdmitted_EveryProxyExcluded()
    {
        var members = new[] { new Member("a", Voice.Deliberative), new Member("b", Voice.Deliberative) };
        var meeting = Meeting.Create("bureau", new LocalDate(2026, 1, 1), members, ["a"], [new Proxy("b", "a")]);
        var rules = new MeetingRules(QuorumRule.None, MajorityRule.OfVotesCast(null), ProxyPolicy.NotAdmitted, TieRule.MotionFails());
        Assert.Equal("proxies not admitted", Deliberator.CheckProxies(meeting, rules)[0].Rule);
    }

    [Fact]
    public void Chain_HolderWhoGaveAProxy_IsExcluded()
    {
        // paris2 is absent and gives to paris1; a proxy to paris2 is excluded (absent holder) and the explanation never chains.
        var members = new[] { new Member("a", Voice.Deliberative), new Member("b", Voice.Deliberative), new Member("c", Voice.Deliberative) };
        var meeting = Meeting.Create("bureau", new LocalDate(2026, 1, 1), members, ["a"], [new Proxy("b", "c"), new Proxy("c", "a")]);
        var rules = new MeetingRules(QuorumRule.None, MajorityRule.OfVotesCast(null), ProxyPolicy.AdmittedBy(null), TieRule.MotionFails());
        var decisions = Deliberator.CheckProxies(meeting, rules);
        Assert.False(decisions[0].Accepted);
        Assert.True(decisions[1].Accepted);
    }

    [Fact]
    public void CheckProxies_EachStructuralRule_ExcludesWithItsName()
    {
        // a and c are present, c with a consultative voice; b and d are absent.
        var members = new[]
        {
            new Member("a", Voice.Deliberative), new Member("b", Voice.Deliberative),
            new Member("c", Voice.Consultative), new Member("d", Voice.Deliberative),
        };
        var proxies = new[]
        {
            new Proxy("b", "x"), new Proxy("d", "d"), new Proxy("b", "a"), new Proxy("b", "c"), new Proxy("d", "c"),
        };
        var meeting = Meeting.Create("bureau", new LocalDate(2026, 1, 1), members, ["a", "c"], proxies);
        var rules = new MeetingRules(QuorumRule.None, MajorityRule.OfVotesCast(null), ProxyPolicy.AdmittedBy(null), TieRule.MotionFails());

        var decisions = Deliberator.CheckProxies(meeting, rules);

        Assert.Equal(
            ["holder is a member", "giver and holder differ", null, "one proxy per giver", "holder entitled to vote"],
            decisions.Select(d => d.Rule));
        Assert.True(decisions[2].Accepted);
    }
}
