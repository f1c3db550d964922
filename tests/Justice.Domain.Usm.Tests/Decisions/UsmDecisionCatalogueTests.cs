using Justice.Domain.Deliberation.Meetings;
using FsCheck.Xunit;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Decisions;

public class UsmDecisionCatalogueTests
{
    private static readonly UsmDecisionCatalogue Catalogue = UsmDecisionCatalogue.Create();
    private static readonly LocalDate Day = new(2026, 6, 20);

    private static Meeting Council(int present, IEnumerable<Proxy>? proxies = null, LocalDate? inquorate = null, LocalDate? date = null)
    {
        var members = new List<Member> { new("pres", Voice.Deliberative, isChair: true), new("hp", Voice.Consultative) };
        members.AddRange(Enumerable.Range(1, 26).Select(i => new Member("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)));
        var here = new[] { "pres" }.Concat(Enumerable.Range(1, present - 1).Select(i => "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Meeting.Create("conseil national", date ?? Day, members, here, proxies, inquorate);
    }

    private static MotionOutcome Decide(UsmDecision decision, Meeting meeting, int yes, int no, int abstentions = 0, VoteChoice? chair = null, UsmDecisionCatalogue? catalogue = null) =>
        Deliberator.Decide(meeting, (catalogue ?? Catalogue)[decision].Rules, new Motion("motion", new VoteTally(yes, no, abstentions), chair));

    // An assembly of `present` members of one union, up to date with their dues.
    private static Meeting Assembly(int present)
    {
        var members = Enumerable.Range(1, present).Select(i => new Member("a" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative, group: "Paris")).ToList();
        return Meeting.Create("assemblée générale", Day, members, members.Select(m => m.Id));
    }

    // Every decision the texts build on the council's ordinary rule (art. 15, al. 3: "sauf exception").
    public static TheoryData<UsmDecision> OrdinaryCouncilDecisions { get; } =
    [
        UsmDecision.CouncilOrdinary, UsmDecision.MembershipApprovalRefusal, UsmDecision.LegalActionAuthorisation, UsmDecision.PresidentInabilityFinding,
        UsmDecision.CsmInvestiture, UsmDecision.CavListAdoption, UsmDecision.CouncilAdministration,
    ];

    // Every decision the texts build on the assembly's ordinary rule (art. 23, al. 2).
    public static TheoryData<UsmDecision> OrdinaryAssemblyDecisions { get; } =
        [UsmDecision.GeneralAssemblyOrdinary, UsmDecision.AffiliationDecision, UsmDecision.InternalRulesApproval];

    [Fact]
    public void All_EveryDecisionHasRulesAndAReference()
    {
        Assert.Equal(Enum.GetValues<UsmDecision>().Length, Catalogue.All.Count);
        Assert.All(Catalogue.All, r => Assert.NotEmpty(r.References));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void CouncilOrdinary_13Of27Present_NoQuorum_14Present_Quorum()
    {
        Assert.Equal(MotionDecision.NoQuorum, Decide(UsmDecision.CouncilOrdinary, Council(13), 10, 3).Decision);
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.CouncilOrdinary, Council(14), 10, 4).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void CouncilOrdinary_ReconvenedEightDaysLater_DeliberatesWithoutQuorum()
    {
        var sevenDays = Council(5, inquorate: Day.PlusDays(-7));
        var eightDays = Council(5, inquorate: Day.PlusDays(-8));
        Assert.Equal(MotionDecision.NoQuorum, Decide(UsmDecision.CouncilOrdinary, sevenDays, 4, 1).Decision);
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.CouncilOrdinary, eightDays, 4, 1).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 4")]
    public void CouncilOrdinary_ThirdProxyOfOneHolder_Rejected()
    {
        var proxies = new[] { new Proxy("e20", "e1"), new Proxy("e21", "e1"), new Proxy("e22", "e1") };
        var outcome = Decide(UsmDecision.CouncilOrdinary, Council(14, proxies), 10, 4);
        Assert.Equal(2, outcome.Proxies.Count(p => p.Accepted));
        var rejected = Assert.Single(outcome.Proxies, p => !p.Accepted);
        Assert.Equal("Statuts USM, art. 15, al. 4", rejected.Reference!.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void CouncilOrdinary_TieWithPresidentFor_AdoptedByCastingVote()
    {
        var outcome = Decide(UsmDecision.CouncilOrdinary, Council(14), 7, 7, 0, VoteChoice.Yes);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.True(outcome.TieApplied);
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    [MemberData(nameof(OrdinaryCouncilDecisions))]
    public void Art15Al3_20Present9For9Against2AbstentionsPresidentFor_AdoptedByCastingVote(UsmDecision decision)
    {
        // "avec voix prépondérante du président en cas d'égalité des suffrages": 9 = 9, whatever the 2 abstentions.
        var outcome = Decide(decision, Council(20), 9, 9, 2, VoteChoice.Yes);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.True(outcome.TieApplied);
        Assert.Equal(MotionDecision.Rejected, Decide(decision, Council(20), 9, 9, 2, VoteChoice.No).Decision);
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    [MemberData(nameof(OrdinaryCouncilDecisions))]
    public void Art15Al3_7For6Against2Abstentions_AdoptedAbstentionsNotCounted(UsmDecision decision)
    {
        // "majorité simple des présents ou représentés": more for than against; 15 present, the 2 abstentions do not count.
        var outcome = Decide(decision, Council(15), 7, 6, 2);
        Assert.Equal(MotionDecision.Adopted, outcome.Decision);
        Assert.True(Catalogue[decision].Rules.Majority.IsSimple);
        Assert.Equal(MotionDecision.Rejected, Decide(decision, Council(15), 6, 7, 2).Decision);
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    [MemberData(nameof(OrdinaryAssemblyDecisions))]
    public void Art23Al2_Assembly7For6Against2Abstentions_Adopted_TieFails(UsmDecision decision)
    {
        Assert.Equal(MotionDecision.Adopted, Decide(decision, Assembly(15), 7, 6, 2).Decision);
        Assert.Equal(MotionDecision.Rejected, Decide(decision, Assembly(15), 7, 7, 1).Decision);
        Assert.True(Catalogue[decision].Rules.Majority.IsSimple);
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public bool Art15Al3_CouncilOrdinary_AdoptedIffMoreForThanAgainstOrTieWithPresidentFor(NonNegativeInt yes, NonNegativeInt no, NonNegativeInt abstentions, bool presidentFor)
    {
        // 27 deliberative members all present; any split of their 27 votes.
        var y = yes.Get % 28;
        var n = no.Get % (28 - y);
        var a = abstentions.Get % (28 - y - n);
        var outcome = Decide(UsmDecision.CouncilOrdinary, Council(27), y, n, a, presidentFor ? VoteChoice.Yes : VoteChoice.No);
        return outcome.Passed == (y > n || (y == n && y > 0 && presidentFor));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 5")]
    public void Art15Al5_ElectronicVote_ElectedMembersOnlyByDefault_TieFails_OtherReadingKeepsTheCastingVote()
    {
        var elected = Enumerable.Range(1, 26).Select(i => new Member("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var vote = Meeting.Create("conseil national (vote électronique)", Day, elected, elected.Take(14).Select(m => m.Id));
        Assert.Equal(MotionDecision.Rejected, Decide(UsmDecision.CouncilElectronicVote, vote, 7, 7).Decision);
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.CouncilElectronicVote, vote, 8, 6).Decision);
        Assert.Contains(Catalogue[UsmDecision.CouncilElectronicVote].Readings, r => r.Contains("ElectedMembersOnly", StringComparison.Ordinal));
        var withPresident = UsmDecisionCatalogue.Create(UsmReadings.Default with { ElectronicVote = ElectronicVoteReading.CouncilWithPresidentsCastingVote });
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.CouncilElectronicVote, Council(14), 7, 7, 0, VoteChoice.Yes, withPresident).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void Art6d_CouncilMembersReading_AllMembersCountsMembersOfRight()
    {
        // 27 deliberative members and 1 honorary president: two thirds of 27 is 18, of all 28 members 19.
        var all = UsmDecisionCatalogue.Create(UsmReadings.Default with { CouncilMembers = CouncilMembersReading.AllMembers });
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.MemberExclusion, Council(27), 18, 9).Decision);
        Assert.Equal(MotionDecision.Rejected, Decide(UsmDecision.MemberExclusion, Council(27), 18, 9, catalogue: all).Decision);
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.MemberExclusion, Council(27), 19, 8, catalogue: all).Decision);
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 6 d")]
    [InlineData(UsmDecision.MemberExclusion)]
    [InlineData(UsmDecision.HonoraryPresidentRemoval)]
    [InlineData(UsmDecision.CouncilMemberRevocation)]
    [InlineData(UsmDecision.LocalFunctionsDeprivation)]
    public void TwoThirdsOfMembers_27Deliberative_Needs18(UsmDecision decision)
    {
        Assert.Equal(MotionDecision.Rejected, Decide(decision, Council(27), 17, 10).Decision);
        Assert.Equal(MotionDecision.Adopted, Decide(decision, Council(27), 18, 9).Decision);
        Assert.Equal(MotionDecision.Rejected, Decide(decision, Council(20), 17, 3).Decision);
    }

    [Theory]
    [InlineData(UsmDecision.MemberExclusion, "deliberative voice")]
    [InlineData(UsmDecision.HonoraryPresidentRemoval, "deliberative voice")]
    [InlineData(UsmDecision.CouncilMemberRevocation, "deliberative voice")]
    [InlineData(UsmDecision.LocalFunctionsDeprivation, "deliberative voice")]
    [InlineData(UsmDecision.CsmInvestiture, "secret")]
    public void Readings_WhereTheTextIsOpen_SayHowItIsRead(UsmDecision decision, string word) =>
        Assert.Contains(Catalogue[decision].Readings, r => r.Contains(word, StringComparison.Ordinal));

    [Fact]
    [Trait("Article", "Statuts USM, art. 3")]
    public void AffiliationProposal_TwoThirdsOfPresentOrRepresented()
    {
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.AffiliationProposal, Council(15), 10, 5).Decision);
        Assert.Equal(MotionDecision.Rejected, Decide(UsmDecision.AffiliationProposal, Council(15), 9, 6).Decision);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 33")]
    public void InternalRulesAdoption_TwoThirdsOfDeliberativePresentOrRepresented_NoCastingVote()
    {
        Assert.Equal(MotionDecision.Adopted, Decide(UsmDecision.InternalRulesAdoption, Council(18), 12, 6).Decision);
        Assert.Equal(MotionDecision.Rejected, Decide(UsmDecision.InternalRulesAdoption, Council(18), 9, 9, 0, VoteChoice.Yes).Decision);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 1")]
    public void GeneralAssembly_SixthProxy_RejectedAndOtherUnionRejected_AuditeurAndOverseasExempt()
    {
        var members = new List<Member> { new("holder", Voice.Deliberative, group: "Lyon") };
        members.AddRange(Enumerable.Range(1, 6).Select(i => new Member("g" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative, group: "Lyon")));
        members.Add(new Member("paris", Voice.Deliberative, group: "Paris"));
        members.Add(new Member("aud", Voice.Deliberative, group: "Administration centrale", categories: [UsmDecisionCatalogue.AuditeurCategory]));
        members.Add(new Member("nc", Voice.Deliberative, group: "Nouméa", categories: [UsmDecisionCatalogue.OverseasCategory]));
        members.Add(new Member("other", Voice.Deliberative, group: "Rennes"));
        var proxies = Enumerable.Range(1, 6).Select(i => new Proxy("g" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "holder")).ToList();
        proxies.Add(new Proxy("paris", "other"));
        proxies.Add(new Proxy("aud", "other"));
        proxies.Add(new Proxy("nc", "other"));
        var meeting = Meeting.Create("assemblée générale", Day, members, ["holder", "other"], proxies);
        var decisions = Deliberator.CheckProxies(meeting, Catalogue[UsmDecision.GeneralAssemblyOrdinary].Rules);
        Assert.Equal(5, decisions.Count(d => d.Accepted && d.Proxy.Holder == "holder"));
        Assert.Equal("RI USM, art. 3-4, al. 1", decisions.Single(d => d.Proxy.Giver == "g6").Reference!.ToString());
        Assert.Equal("RI USM, art. 3-4, al. 4", decisions.Single(d => d.Proxy.Giver == "paris").Reference!.ToString());
        Assert.True(decisions.Single(d => d.Proxy.Giver == "aud").Accepted);
        Assert.True(decisions.Single(d => d.Proxy.Giver == "nc").Accepted);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void GeneralAssembly_GiverInArrears_ProxyRejectedCitingVoters()
    {
        var members = new[] { new Member("a", Voice.Deliberative, group: "Lyon"), new Member("b", Voice.Deliberative, group: "Lyon", duesUpToDate: false) };
        var meeting = Meeting.Create("assemblée générale", Day, members, ["a"], [new Proxy("b", "a")]);
        var decision = Assert.Single(Deliberator.CheckProxies(meeting, Catalogue[UsmDecision.GeneralAssemblyOrdinary].Rules));
        Assert.False(decision.Accepted);
        Assert.Equal("RI USM, art. 3-3, al. 2", decision.Reference!.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 25, al. 4")]
    public void StatuteAmendment_TwoThirdsOfPresentOrRepresented()
    {
        var members = Enumerable.Range(1, 30).Select(i => new Member("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative, group: "Lyon")).ToList();
        var meeting = Meeting.Create("assemblée générale extraordinaire", Day, members, members.Select(m => m.Id));
        var rules = Catalogue[UsmDecision.StatuteAmendment].Rules;
        Assert.True(Deliberator.Decide(meeting, rules, new Motion("statuts", new VoteTally(20, 10))).Passed);
        Assert.False(Deliberator.Decide(meeting, rules, new Motion("statuts", new VoteTally(19, 11))).Passed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 5-1")]
    public void ChargeDeMissionOpposition_AbsoluteMajorityOfTheNineMembers_Needs5()
    {
        var bureau = Enumerable.Range(1, 9).Select(i => new Member("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var meeting = Meeting.Create("bureau national", Day, bureau, bureau.Take(6).Select(m => m.Id));
        var rules = Catalogue[UsmDecision.ChargeDeMissionOpposition].Rules;
        Assert.False(Deliberator.Decide(meeting, rules, new Motion("opposition", new VoteTally(4, 2))).Passed);
        Assert.True(Deliberator.Decide(meeting, rules, new Motion("opposition", new VoteTally(5, 1))).Passed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 7")]
    public void MemberSuspension_TwoThirdsOfTheBureau_Needs6Of9()
    {
        var bureau = Enumerable.Range(1, 9).Select(i => new Member("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var meeting = Meeting.Create("bureau national", Day, bureau, bureau.Select(m => m.Id));
        var rules = Catalogue[UsmDecision.MemberSuspension].Rules;
        Assert.False(Deliberator.Decide(meeting, rules, new Motion("suspension", new VoteTally(5, 4))).Passed);
        Assert.True(Deliberator.Decide(meeting, rules, new Motion("suspension", new VoteTally(6, 3))).Passed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-6")]
    public void RegionalDissolutionRequest_AbsoluteMajorityOfTheUnionsMembers()
    {
        var members = Enumerable.Range(1, 40).Select(i => new Member("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var meeting = Meeting.Create("union régionale", Day, members, members.Take(30).Select(m => m.Id));
        var rules = Catalogue[UsmDecision.RegionalDissolutionRequest].Rules;
        Assert.False(Deliberator.Decide(meeting, rules, new Motion("dissolution", new VoteTally(20, 10))).Passed);
        Assert.True(Deliberator.Decide(meeting, rules, new Motion("dissolution", new VoteTally(21, 9))).Passed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 5-2, al. 2")]
    public void TimeOffOpposition_AbsoluteMajorityOfTheNineMembers_Needs5EvenWithFourPresent()
    {
        var bureau = Enumerable.Range(1, 9).Select(i => new Member("b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var four = Meeting.Create("bureau national", Day, bureau, bureau.Take(4).Select(m => m.Id));
        var rules = Catalogue[UsmDecision.TimeOffOpposition].Rules;
        var outcome = Deliberator.Decide(four, rules, new Motion("opposition", new VoteTally(4, 0)));
        Assert.False(outcome.Passed);
        Assert.Equal("RI USM, art. 5-2, al. 2", outcome.Majority!.Reference!.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 31")]
    public void AssetsDevolution_TwoThirdsOfTheExtraordinaryAssembly()
    {
        var members = Enumerable.Range(1, 9).Select(i => new Member("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative, group: "Lyon")).ToList();
        var meeting = Meeting.Create("assemblée générale extraordinaire", Day, members, members.Select(m => m.Id));
        var rules = Catalogue[UsmDecision.AssetsDevolution].Rules;
        Assert.True(Deliberator.Decide(meeting, rules, new Motion("dévolution", new VoteTally(6, 3))).Passed);
        Assert.False(Deliberator.Decide(meeting, rules, new Motion("dévolution", new VoteTally(5, 4))).Passed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-1, al. 1")]
    public void RegionalElectionProxies_SixthProxyRejected()
    {
        var members = Enumerable.Range(0, 8).Select(i => new Member("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Voice.Deliberative)).ToList();
        var proxies = Enumerable.Range(1, 6).Select(i => new Proxy("m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "m0"));
        var meeting = Meeting.Create("union régionale", Day, members, ["m0", "m7"], proxies);
        var rules = new MeetingRules(QuorumRule.None, MajorityRule.OfVotesCast(null), UsmDecisionCatalogue.RegionalElectionProxies, TieRule.MotionFails());
        var decisions = Deliberator.CheckProxies(meeting, rules);
        Assert.Equal(5, decisions.Count(d => d.Accepted));
        Assert.Equal("RI USM, art. 1-1, al. 1", decisions.Single(d => !d.Accepted).Reference!.ToString());
    }

    [Fact]
    public void Readings_BureauVotesCast_ThrowsNamingTheReading() =>
        Assert.Equal("BureauTwoThirdsBase", Assert.Throws<ArgumentOutOfRangeException>(() => UsmReadings.Default with { BureauTwoThirdsBase = MajorityBase.VotesCast }).ParamName);

    [Fact]
    public void Readings_UndefinedValue_ThrowsNamingTheReading() =>
        Assert.Equal("HonorarySeat", Assert.Throws<ArgumentOutOfRangeException>(() => UsmReadings.Default with { HonorarySeat = (HonorarySeatReading)7 }).ParamName);

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void Art3To4_MemberOfNoUnion_CannotGiveAProxyByDefault_MayUnderTheOtherReading()
    {
        var members = new[] { new Member("paris1", Voice.Deliberative, group: "Paris"), new Member("retired", Voice.Deliberative) };
        var meeting = Meeting.Create("assemblée générale", Day, members, ["paris1"], [new Proxy("retired", "paris1")]);
        Assert.False(Deliberator.CheckProxies(meeting, Catalogue[UsmDecision.GeneralAssemblyOrdinary].Rules)[0].Accepted);
        var open = UsmDecisionCatalogue.Create(UsmReadings.Default with { UnionlessProxyGiver = GrouplessGiver.MayGiveToAnyMember });
        Assert.True(Deliberator.CheckProxies(meeting, open[UsmDecision.GeneralAssemblyOrdinary].Rules)[0].Accepted);
    }
}
