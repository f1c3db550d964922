using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// The proxy rules at their limits: the cap reached exactly, the same-group condition for members of no group, the
/// order in which composable rules apply, and the exclusion a secretary files (rule, reason naming the members, article).
/// </summary>
public class ProxyRuleBoundaryTests
{
    private static readonly LocalDate Session = new(2026, 11, 20);

    private static readonly LegalReference Art34Al1 = LegalReference.UsmInternalRules("3-4", 1);

    private static readonly LegalReference Art34Al4 = LegalReference.UsmInternalRules("3-4", 4);

    private static MeetingRules Rules(params ProxyRule[] rules) =>
        new(QuorumRule.None, MajorityRule.Simple(LegalReference.UsmStatutes(23, 2)), ProxyPolicy.AdmittedBy(LegalReference.UsmInternalRules("3-4"), rules), TieRule.MotionFails());

    private static ProxyRule SameUnion(GrouplessGiver groupless = GrouplessGiver.CannotGive) =>
        ProxyRule.SameGroup(["auditeur", "outre-mer"], Art34Al4, groupless);

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 1")]
    public void CapPerHolder_FiveProxiesPerDelegate_TheFifthCountsTheSixthIsExcluded()
    {
        // "Dans la limite de cinq mandats par délégué présent": paris1 holds the proxies of paris2 to paris7 in that order.
        var members = Enumerable.Range(1, 7).Select(i => new Member("paris" + i, Voice.Deliberative, group: "Paris"));
        var proxies = Enumerable.Range(2, 6).Select(i => new Proxy("paris" + i, "paris1"));
        var meeting = Meeting.Create("assemblée générale", Session, members, ["paris1"], proxies);

        var decisions = Deliberator.CheckProxies(meeting, Rules(ProxyRule.CapPerHolder(5, Art34Al1)));

        Assert.Equal([true, true, true, true, true, false], decisions.Select(d => d.Accepted));
        Assert.Equal("at most 5 proxies per holder", decisions[5].Rule);
        Assert.Equal("holder 'paris1' already holds 5 proxies; the cap is 5", decisions[5].Reason);
        Assert.Equal(Art34Al1, decisions[5].Reference);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_TheRuleNamesTheExemptedCategories()
    {
        Assert.Equal("giver and holder in the same group, except auditeur, outre-mer", SameUnion().Name);
        Assert.Equal(
            "giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member",
            SameUnion(GrouplessGiver.MayGiveToAnyMember).Name);
        Assert.Equal("giver and holder in the same group", ProxyRule.SameGroup([], Art34Al4).Name);
        Assert.Equal(Art34Al4, SameUnion().Reference);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_OtherUnion_ExclusionNamesBothUnions()
    {
        var members = new[] { new Member("paris1", Voice.Deliberative, group: "Paris"), new Member("lyon1", Voice.Deliberative, group: "Lyon") };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["paris1"], [new Proxy("lyon1", "paris1")]);

        var decision = Deliberator.CheckProxies(meeting, Rules(SameUnion()))[0];

        Assert.False(decision.Accepted);
        Assert.Equal("giver and holder in the same group, except auditeur, outre-mer", decision.Rule);
        Assert.Equal("giver 'lyon1' (Lyon) and holder 'paris1' (Paris) are not in the same group", decision.Reason);
        Assert.Equal(Art34Al4, decision.Reference);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_HolderOfNoGroup_IsNotInTheGiversUnion()
    {
        var members = new[] { new Member("retired1", Voice.Deliberative), new Member("lyon1", Voice.Deliberative, group: "Lyon") };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["retired1"], [new Proxy("lyon1", "retired1")]);

        var decision = Deliberator.CheckProxies(meeting, Rules(SameUnion()))[0];

        Assert.False(decision.Accepted);
        Assert.Equal("giver 'lyon1' (Lyon) and holder 'retired1' (no group) are not in the same group", decision.Reason);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_TwoMembersOfNoGroup_AreNotOfTheSameUnion()
    {
        // "Le mandant et le mandataire doivent appartenir à la même union régionale": two members of no union do not
        // belong to the same one; by default (GrouplessGiver.CannotGive) the proxy is excluded.
        var members = new[] { new Member("retired1", Voice.Deliberative), new Member("retired2", Voice.Deliberative) };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["retired2"], [new Proxy("retired1", "retired2")]);

        var decision = Deliberator.CheckProxies(meeting, Rules(SameUnion()))[0];

        Assert.False(decision.Accepted);
        Assert.Equal("giver 'retired1' belongs to no group and so cannot be in the same group as holder 'retired2' (no group)", decision.Reason);
        Assert.True(Deliberator.CheckProxies(meeting, Rules(SameUnion(GrouplessGiver.MayGiveToAnyMember)))[0].Accepted);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_GrouplessOption_DoesNotExemptAGiverWhoHasAUnion()
    {
        // GrouplessGiver.MayGiveToAnyMember concerns givers of no union only: a Lyon delegate still gives within Lyon.
        var members = new[] { new Member("paris1", Voice.Deliberative, group: "Paris"), new Member("lyon1", Voice.Deliberative, group: "Lyon") };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["paris1"], [new Proxy("lyon1", "paris1")]);

        var decision = Deliberator.CheckProxies(meeting, Rules(SameUnion(GrouplessGiver.MayGiveToAnyMember)))[0];

        Assert.False(decision.Accepted);
        Assert.Equal("giver 'lyon1' (Lyon) and holder 'paris1' (Paris) are not in the same group", decision.Reason);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void SameGroup_ExemptCategory_MatchesWhateverTheCase()
    {
        // Member.IsIn compares categories ordinally, ignoring case: an overseas delegate listed "Outre-Mer" is exempted.
        var members = new[] { new Member("paris1", Voice.Deliberative, group: "Paris"), new Member("noumea1", Voice.Deliberative, group: "Nouméa", categories: ["Outre-Mer"]) };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["paris1"], [new Proxy("noumea1", "paris1")]);

        Assert.True(Deliberator.CheckProxies(meeting, Rules(SameUnion()))[0].Accepted);
    }

    [Theory]
    [InlineData(true, "at most 1 proxies per holder")]
    [InlineData(false, "giver and holder in the same group, except auditeur, outre-mer")]
    [Trait("Article", "RI USM, art. 3-4")]
    public void Rules_ApplyInOrder_TheFirstBrokenRuleExcludes(bool capFirst, string expectedRule)
    {
        // lyon2's proxy to paris1 breaks both rules: paris1 already holds paris2's proxy (cap 1) and lyon2 is of another union.
        var members = new[]
        {
            new Member("paris1", Voice.Deliberative, group: "Paris"), new Member("paris2", Voice.Deliberative, group: "Paris"),
            new Member("lyon2", Voice.Deliberative, group: "Lyon"),
        };
        var meeting = Meeting.Create("assemblée générale", Session, members, ["paris1"], [new Proxy("paris2", "paris1"), new Proxy("lyon2", "paris1")]);
        var cap = ProxyRule.CapPerHolder(1, Art34Al1);
        var rules = capFirst ? Rules(cap, SameUnion()) : Rules(SameUnion(), cap);

        var decisions = Deliberator.CheckProxies(meeting, rules);

        Assert.True(decisions[0].Accepted);
        Assert.Equal(expectedRule, decisions[1].Rule);
    }
}
