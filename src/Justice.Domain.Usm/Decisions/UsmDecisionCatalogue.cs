using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Readings;

namespace Justice.Domain.Usm.Decisions;

/// <summary>
/// <i>Catalogue des décisions</i>: every decision the USM texts name, as rules for the Deliberation engine
/// (<see cref="Deliberator.Decide"/> counts and decides). The catalogue supplies the numbers and the articles; it counts
/// nothing itself.
/// </summary>
/// <remarks>
/// The ordinary rule of the council and of the assembly is the <i>majorité simple</i> (<see cref="MajorityRule.Simple"/>):
/// more votes for than against, abstentions not counted; "des présents ou représentés" names who votes (Statuts USM,
/// art. 15, al. 3; art. 23, al. 2). The council's casting vote applies whenever for equals against. Where the texts are
/// silent the catalogue follows <see cref="Readings"/> (docs/readings.md); each rule lists the readings it depends on.
/// </remarks>
public sealed class UsmDecisionCatalogue
{
    /// <summary>Category exempting auditeurs from the same-union proxy rule (RI art. 3-4, al. 4).</summary>
    public const string AuditeurCategory = "auditeur";

    /// <summary>Category exempting members of the overseas unions from the same-union proxy rule (RI art. 3-4, al. 4).</summary>
    public const string OverseasCategory = "outre-mer";

    /// <summary>"Les membres présents ne pourront disposer de plus de deux mandats" (Statuts USM, art. 15, al. 4).</summary>
    public const int CouncilProxyCap = 2;

    /// <summary>"dans la limite de cinq mandats par délégué présent" (RI art. 3-4, al. 1).</summary>
    public const int AssemblyProxyCap = 5;

    /// <summary>"à huit jours au moins d'intervalle" (Statuts USM, art. 15, al. 2).</summary>
    public const int ReconveningDays = 8;

    private readonly Dictionary<UsmDecision, UsmDecisionRule> rules;

    private UsmDecisionCatalogue(UsmReadings readings)
    {
        Readings = readings;
        rules = Build().ToDictionary(r => r.Decision);
    }

    /// <summary>The readings the catalogue was built with.</summary>
    public UsmReadings Readings { get; }

    /// <summary>The reading chosen for the bureau's two thirds (<see cref="UsmReadings.BureauTwoThirdsBase"/>).</summary>
    public MajorityBase BureauTwoThirdsBase => Readings.BureauTwoThirdsBase;

    /// <summary>Every decision, in the order of <see cref="UsmDecision"/>.</summary>
    public IReadOnlyList<UsmDecisionRule> All => rules.Values.OrderBy(r => r.Decision).ToList();

    /// <summary>The rule of a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The rule.</returns>
    public UsmDecisionRule this[UsmDecision decision] => rules[Guard.Defined(decision)];

    /// <summary>Builds the catalogue.</summary>
    /// <param name="readings">The readings where the texts are silent; null for <see cref="UsmReadings.Default"/>.</param>
    /// <returns>The catalogue.</returns>
    public static UsmDecisionCatalogue Create(UsmReadings? readings = null) => new(readings ?? UsmReadings.Default);

    /// <summary>The council's quorum: majority of deliberative members present or represented, reconvened eight days later without quorum (art. 15, al. 2).</summary>
    public static QuorumRule CouncilQuorum { get; } =
        new QuorumRule(QuorumBase.DeliberativeMembers, Threshold.MoreThanHalf, QuorumCounting.PresentOrRepresented, LegalReference.UsmStatutes(15, 2))
            .WithReconvening(ReconveningDays, LegalReference.UsmStatutes(15, 2));

    /// <summary>The council's proxies: at most two per present member (art. 15, al. 4).</summary>
    public static ProxyPolicy CouncilProxies { get; } =
        ProxyPolicy.AdmittedBy(LegalReference.UsmStatutes(15, 4), ProxyRule.CapPerHolder(CouncilProxyCap, LegalReference.UsmStatutes(15, 4)));

    /// <summary>
    /// The assembly's proxies: at most five per present delegate; giver and holder in the same regional union, except
    /// auditeurs and members of the overseas unions (RI art. 3-4, al. 1 and 4). Engine members carry their union as group.
    /// </summary>
    public static ProxyPolicy AssemblyProxies { get; } = AssemblyProxiesFor(GrouplessGiver.CannotGive);

    /// <summary>The assembly's proxies (<see cref="AssemblyProxies"/>) under a reading of the member of no regional union (<see cref="UsmReadings.UnionlessProxyGiver"/>).</summary>
    /// <param name="unionlessGiver">Whether a member of no union may give a proxy.</param>
    /// <returns>The policy.</returns>
    public static ProxyPolicy AssemblyProxiesFor(GrouplessGiver unionlessGiver) => ProxyPolicy.AdmittedBy(
        LegalReference.UsmInternalRules("3-4"),
        ProxyRule.CapPerHolder(AssemblyProxyCap, LegalReference.UsmInternalRules("3-4", 1)),
        ProxyRule.SameGroup([AuditeurCategory, OverseasCategory], LegalReference.UsmInternalRules("3-4", 4), unionlessGiver));

    /// <summary>
    /// Proxies at the elections of a regional union or a section, unless its own rules say otherwise: "vote à bulletin
    /// secret avec faculté de mandat, dans la limite de 5 par personne" (RI art. 1-1, al. 1 and 2).
    /// </summary>
    public static ProxyPolicy RegionalElectionProxies { get; } =
        ProxyPolicy.AdmittedBy(LegalReference.UsmInternalRules("1-1", 1), ProxyRule.CapPerHolder(AssemblyProxyCap, LegalReference.UsmInternalRules("1-1", 1)));

    private IEnumerable<UsmDecisionRule> Build()
    {
        var art15al3 = LegalReference.UsmStatutes(15, 3);
        var councilSimple = MajorityRule.Simple(art15al3);
        var casting = TieRule.ChairCastingVote(art15al3);
        MeetingRules Council(MajorityRule majority, TieRule tie) => new(CouncilQuorum, majority, CouncilProxies, tie);
        var councilOrdinary = Council(councilSimple, casting);
        var membersBase = Readings.CouncilMembers == CouncilMembersReading.AllMembers ? MajorityBase.AllMembers : MajorityBase.DeliberativeMembers;
        var councilOfMembers = Council(new MajorityRule(membersBase, Threshold.TwoThirds, LegalReference.Article(LegalText.UsmStatutes, "6", "d")), TieRule.MotionFails());
        var assemblyRules = new MeetingRules(
            QuorumRule.None,
            MajorityRule.Simple(LegalReference.UsmStatutes(23, 2)),
            AssemblyProxiesFor(Readings.UnionlessProxyGiver),
            TieRule.MotionFails(LegalReference.UsmStatutes(23, 2)),
            VotersMustBeUpToDateWithDues: true,
            VotersReference: LegalReference.UsmInternalRules("3-3", 2));
        var extraordinary = assemblyRules with { Majority = MajorityRule.OfPresentOrRepresented(Threshold.TwoThirds, LegalReference.UsmStatutes(25, 4)), Tie = TieRule.MotionFails(LegalReference.UsmStatutes(25, 4)) };
        var bureauTwoThirds = new MeetingRules(QuorumRule.None, new MajorityRule(BureauTwoThirdsBase, Threshold.TwoThirds, LegalReference.UsmStatutes(7)), ProxyPolicy.NotAdmitted, TieRule.MotionFails());
        var bureauAbsolute = new MeetingRules(QuorumRule.None, MajorityRule.AbsoluteOfMembers(LegalReference.UsmInternalRules("5-1")), ProxyPolicy.NotAdmitted, TieRule.MotionFails());
        string[] noProxyText = ["no text admits proxies for this body: none are admitted"];
        string[] noQuorumText = ["the texts set no quorum for this body"];
        string[] ordinary = ["\"majorité simple des présents ou représentés\": more votes for than against, abstentions not counted; the president's casting vote whenever for equals against (art. 15, al. 3)"];
        string presidentText = Readings.PresidentVoice == PresidentVoiceReading.DeliberativeMember ? "the elected members and the president" : "the elected members (the president votes only to break a tie)";
        string[] ofMembers = [Readings.CouncilMembers == CouncilMembersReading.AllMembers
            ? "\"deux tiers de ses membres\": of every member, members of right with a consultative voice included (reading CouncilMembers = AllMembers)"
            : "\"deux tiers de ses membres\": of the members with a deliberative voice (" + presidentText + "); the members of right have a consultative voice only (art. 12, al. 3) (reading CouncilMembers = DeliberativeMembers)"];
        string[] bureauBase = ["the base of the bureau's two thirds is not stated; read as " + BureauTwoThirdsBase + " (reading BureauTwoThirdsBase)", .. noQuorumText, .. noProxyText];
        var electronic = Readings.ElectronicVote == ElectronicVoteReading.ElectedMembersOnly
            ? councilOrdinary with { Proxies = ProxyPolicy.NotAdmitted, Tie = TieRule.MotionFails(LegalReference.UsmStatutes(15, 5)) }
            : councilOrdinary with { Proxies = ProxyPolicy.NotAdmitted };
        string[] electronicText = Readings.ElectronicVote == ElectronicVoteReading.ElectedMembersOnly
            ? ["\"le vote des membres élus\": the 26 elected members vote; build the meeting with them only (the president solicits the vote and fixes the delay, and casts no vote, so a tie fails) (reading ElectronicVote = ElectedMembersOnly)",
               "the ordinary quorum and simple majority apply, members answering within the president's delay counting as present", "an electronic vote is personal: no proxy"]
            : ["the council's ordinary rules apply: the president votes and keeps the casting vote (reading ElectronicVote = CouncilWithPresidentsCastingVote)",
               "members answering within the president's delay count as present", "an electronic vote is personal: no proxy"];

        yield return new(UsmDecision.CouncilOrdinary, UsmBody.NationalCouncil, "Ordinary decision of the national council", councilOrdinary,
            [LegalReference.UsmStatutes(15, 2), art15al3, LegalReference.UsmStatutes(15, 4)], ordinary);
        yield return new(UsmDecision.CouncilElectronicVote, UsmBody.NationalCouncil, "Emergency electronic vote of the elected members", electronic,
            [LegalReference.UsmStatutes(15, 5), art15al3], electronicText);
        yield return new(UsmDecision.AffiliationProposal, UsmBody.NationalCouncil, "Proposal of an affiliation to a national or international organisation",
            Council(MajorityRule.OfPresentOrRepresented(Threshold.TwoThirds, LegalReference.UsmStatutes(3)), TieRule.MotionFails()), [LegalReference.UsmStatutes(3)], []);
        yield return new(UsmDecision.AffiliationDecision, UsmBody.GeneralAssembly, "Affiliation decided by the general assembly on the council's proposal", assemblyRules,
            [LegalReference.UsmStatutes(3), LegalReference.UsmStatutes(23, 2)], []);
        yield return new(UsmDecision.MembershipApprovalRefusal, UsmBody.NationalCouncil, "Refusal of approval of a new member", councilOrdinary,
            [LegalReference.UsmStatutes(4, 1), art15al3], ["art. 4 sets no special majority: the council's ordinary rule applies (\"sauf exception\")"]);
        yield return new(UsmDecision.MemberExclusion, UsmBody.NationalCouncil, "Exclusion of a member (appeal to the general assembly)", councilOfMembers,
            [LegalReference.Article(LegalText.UsmStatutes, "6", "d")], ofMembers);
        yield return new(UsmDecision.MemberSuspension, UsmBody.NationalBureau, "Provisional suspension of a member until the next useful council", bureauTwoThirds,
            [LegalReference.UsmStatutes(7)], bureauBase);
        yield return new(UsmDecision.LegalActionAuthorisation, UsmBody.NationalCouncil, "Authorisation for the president to act in court", councilOrdinary,
            [LegalReference.UsmStatutes(10, 1), art15al3], []);
        yield return new(UsmDecision.PresidentInabilityFinding, UsmBody.NationalCouncil, "Finding of the president's lasting inability", councilOrdinary,
            [LegalReference.UsmStatutes(10, 4), art15al3], []);
        yield return new(UsmDecision.HonoraryPresidentRemoval, UsmBody.NationalCouncil, "Removal of an honorary president", councilOfMembers with { Majority = councilOfMembers.Majority with { Reference = LegalReference.UsmStatutes(11, 2) } },
            [LegalReference.UsmStatutes(11, 2), LegalReference.Article(LegalText.UsmStatutes, "6", "d")], ofMembers);
        yield return new(UsmDecision.CouncilMemberRevocation, UsmBody.NationalCouncil, "Revocation of an elected council member", councilOfMembers with { Majority = councilOfMembers.Majority with { Reference = LegalReference.UsmStatutes(13, 2) } },
            [LegalReference.UsmStatutes(13, 2), LegalReference.Article(LegalText.UsmStatutes, "6", "d")],
            ["art. 13 says \"majorité des deux tiers, dans les conditions prévues à l'article 6 d)\": read as two thirds of the council's members, as in art. 6 d", .. ofMembers]);
        yield return new(UsmDecision.GeneralAssemblyOrdinary, UsmBody.GeneralAssembly, "Decision of the general assembly", assemblyRules,
            [LegalReference.UsmStatutes(23, 2), LegalReference.UsmInternalRules("3-3"), LegalReference.UsmInternalRules("3-4")],
            ["\"majorité simple de ses membres présents ou représentés\": more votes for than against, abstentions not counted", "the texts set no quorum for the assembly", "art. 23 gives no casting vote: a tie is not more for than against, and the motion fails"]);
        yield return new(UsmDecision.StatuteAmendment, UsmBody.ExtraordinaryGeneralAssembly, "Amendment of the statutes", extraordinary,
            [LegalReference.UsmStatutes(25, 1), LegalReference.UsmStatutes(25, 4), LegalReference.UsmInternalRules("3-4", 3)], ["the texts set no quorum for the assembly"]);
        yield return new(UsmDecision.AssetsDevolution, UsmBody.ExtraordinaryGeneralAssembly, "Devolution of the remaining assets on dissolution", extraordinary,
            [LegalReference.UsmStatutes(31), LegalReference.UsmStatutes(25, 4)], ["art. 31 names the extraordinary assembly; its two-thirds rule (art. 25) applies"]);
        yield return new(UsmDecision.InternalRulesAdoption, UsmBody.NationalCouncil, "Adoption or amendment of the internal rules",
            Council(MajorityRule.OfPresentOrRepresented(Threshold.TwoThirds, LegalReference.UsmStatutes(33, 2)), TieRule.MotionFails()), [LegalReference.UsmStatutes(33, 2)], []);
        yield return new(UsmDecision.InternalRulesApproval, UsmBody.GeneralAssembly, "Approval of the internal rules adopted by the council", assemblyRules,
            [LegalReference.UsmStatutes(33, 2), LegalReference.UsmStatutes(23, 1)], []);
        yield return new(UsmDecision.LocalFunctionsDeprivation, UsmBody.NationalCouncil, "Deprivation of local functions for six months to two years", councilOfMembers with { Majority = councilOfMembers.Majority with { Reference = LegalReference.UsmInternalRules("1-4") } },
            [LegalReference.UsmInternalRules("1-4")], ofMembers);
        yield return new(UsmDecision.LocalOfficerSuspension, UsmBody.NationalBureau, "Provisional suspension of a local officer", bureauTwoThirds with { Majority = bureauTwoThirds.Majority with { Reference = LegalReference.UsmInternalRules("1-5") } },
            [LegalReference.UsmInternalRules("1-5")], bureauBase);
        yield return new(UsmDecision.RegionalDissolutionRequest, UsmBody.RegionalUnion, "Request for the dissolution and re-election of the regional bureau",
            new MeetingRules(QuorumRule.None, MajorityRule.AbsoluteOfMembers(LegalReference.UsmInternalRules("1-6")), ProxyPolicy.NotAdmitted, TieRule.MotionFails()),
            [LegalReference.UsmInternalRules("1-6")], ["\"majorité absolue des adhérents\": more than half of the union's members", .. noProxyText]);
        yield return new(UsmDecision.CsmInvestiture, UsmBody.NationalCouncil, "Investiture of CSM candidates by secret ballot and name-by-name order of the lists", councilOrdinary,
            [LegalReference.UsmInternalRules("2-7", 4), art15al3], ["RI art. 2-7 sets no special majority: the council's ordinary rule applies to each vote",
             "the vote is secret (al. 4): the president's casting vote (art. 15, al. 3) applies only if the president's ballot is known; for a secret ballot pass no chair vote, and a tie then rejects the placement"]);
        yield return new(UsmDecision.CavListAdoption, UsmBody.NationalCouncil, "Adoption of the final CAV list", councilOrdinary,
            [LegalReference.UsmInternalRules("2-9", 3), art15al3], []);
        yield return new(UsmDecision.ChargeDeMissionOpposition, UsmBody.NationalBureau, "Bureau's opposition to a chargé de mission", bureauAbsolute,
            [LegalReference.UsmInternalRules("5-1")], [.. noQuorumText, .. noProxyText]);
        yield return new(UsmDecision.TimeOffOpposition, UsmBody.NationalBureau, "Bureau's opposition to a request for union time off",
            bureauAbsolute with { Majority = MajorityRule.AbsoluteOfMembers(LegalReference.UsmInternalRules("5-2", 2)) },
            [LegalReference.UsmInternalRules("5-2", 2)], [.. noQuorumText, .. noProxyText]);
        yield return new(UsmDecision.CouncilAdministration, UsmBody.NationalCouncil, "Seat transfer, dues, levy rate, charters, data officer, administrator, commissions", councilOrdinary,
            [LegalReference.UsmStatutes(1, 2), LegalReference.UsmStatutes(5, 2), LegalReference.UsmStatutes(30, 3), LegalReference.UsmInternalRules("4-1"), LegalReference.UsmInternalRules("5-3"), LegalReference.UsmInternalRules("5-4"), art15al3], []);
    }
}
