using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Readings;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The catalogue of decisions under the other readings (docs/readings.md), read back whole: the rows a reading changes,
/// and every other row equal to the default one, so that a reading that changes the wrong row, or no row, fails.
/// </summary>
public class DecisionReadingsTableTests
{
    // Statuts USM, art. 6 d, 11, al. 2, 13, al. 2 and RI art. 1-4 ("deux tiers de ses membres", read as every member);
    // art. 7 and RI art. 1-5 (the bureau's two thirds, read of those present); art. 15, al. 5 (the electronic vote, read
    // as the council with the president's casting vote); RI art. 3-4, al. 4 (a member of no union may give a proxy to
    // any member).
    private static readonly string[] OtherReadingsRows =
    [
        "CouncilElectronicVote | NationalCouncil | Emergency electronic vote of the elected members | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority VotesCast more than 1/2 Statuts USM, art. 15, al. 3 | no proxy | tie ChairCastingVote Statuts USM, art. 15, al. 3 | voters up to date False  | Statuts USM, art. 15, al. 5, Statuts USM, art. 15, al. 3 | the council's ordinary rules apply: the president votes and keeps the casting vote (reading ElectronicVote = CouncilWithPresidentsCastingVote) / members answering within the president's delay count as present / an electronic vote is personal: no proxy",
        "AffiliationDecision | GeneralAssembly | Affiliation decided by the general assembly on the council's proposal | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority VotesCast more than 1/2 Statuts USM, art. 23, al. 2 | proxies RI USM, art. 3-4 [at most 5 proxies per holder RI USM, art. 3-4, al. 1; giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member RI USM, art. 3-4, al. 4] | tie MotionFails Statuts USM, art. 23, al. 2 | voters up to date True RI USM, art. 3-3, al. 2 | Statuts USM, art. 3, Statuts USM, art. 23, al. 2 | ",
        "MemberExclusion | NationalCouncil | Exclusion of a member (appeal to the general assembly) | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority AllMembers at least 2/3 Statuts USM, art. 6, d | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 6, d | \"deux tiers de ses membres\": of every member, members of right with a consultative voice included (reading CouncilMembers = AllMembers)",
        "MemberSuspension | NationalBureau | Provisional suspension of a member until the next useful council | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority PresentOrRepresented at least 2/3 Statuts USM, art. 7 | no proxy | tie MotionFails  | voters up to date False  | Statuts USM, art. 7 | the base of the bureau's two thirds is not stated; read as PresentOrRepresented (reading BureauTwoThirdsBase) / the texts set no quorum for this body / no text admits proxies for this body: none are admitted",
        "HonoraryPresidentRemoval | NationalCouncil | Removal of an honorary president | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority AllMembers at least 2/3 Statuts USM, art. 11, al. 2 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 11, al. 2, Statuts USM, art. 6, d | \"deux tiers de ses membres\": of every member, members of right with a consultative voice included (reading CouncilMembers = AllMembers)",
        "CouncilMemberRevocation | NationalCouncil | Revocation of an elected council member | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority AllMembers at least 2/3 Statuts USM, art. 13, al. 2 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 13, al. 2, Statuts USM, art. 6, d | art. 13 says \"majorité des deux tiers, dans les conditions prévues à l'article 6 d)\": read as two thirds of the council's members, as in art. 6 d / \"deux tiers de ses membres\": of every member, members of right with a consultative voice included (reading CouncilMembers = AllMembers)",
        "GeneralAssemblyOrdinary | GeneralAssembly | Decision of the general assembly | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority VotesCast more than 1/2 Statuts USM, art. 23, al. 2 | proxies RI USM, art. 3-4 [at most 5 proxies per holder RI USM, art. 3-4, al. 1; giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member RI USM, art. 3-4, al. 4] | tie MotionFails Statuts USM, art. 23, al. 2 | voters up to date True RI USM, art. 3-3, al. 2 | Statuts USM, art. 23, al. 2, RI USM, art. 3-3, RI USM, art. 3-4 | \"majorité simple de ses membres présents ou représentés\": more votes for than against, abstentions not counted / the texts set no quorum for the assembly / art. 23 gives no casting vote: a tie is not more for than against, and the motion fails",
        "StatuteAmendment | ExtraordinaryGeneralAssembly | Amendment of the statutes | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority PresentOrRepresented at least 2/3 Statuts USM, art. 25, al. 4 | proxies RI USM, art. 3-4 [at most 5 proxies per holder RI USM, art. 3-4, al. 1; giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member RI USM, art. 3-4, al. 4] | tie MotionFails Statuts USM, art. 25, al. 4 | voters up to date True RI USM, art. 3-3, al. 2 | Statuts USM, art. 25, al. 1, Statuts USM, art. 25, al. 4, RI USM, art. 3-4, al. 3 | the texts set no quorum for the assembly",
        "AssetsDevolution | ExtraordinaryGeneralAssembly | Devolution of the remaining assets on dissolution | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority PresentOrRepresented at least 2/3 Statuts USM, art. 25, al. 4 | proxies RI USM, art. 3-4 [at most 5 proxies per holder RI USM, art. 3-4, al. 1; giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member RI USM, art. 3-4, al. 4] | tie MotionFails Statuts USM, art. 25, al. 4 | voters up to date True RI USM, art. 3-3, al. 2 | Statuts USM, art. 31, Statuts USM, art. 25, al. 4 | art. 31 names the extraordinary assembly; its two-thirds rule (art. 25) applies",
        "InternalRulesApproval | GeneralAssembly | Approval of the internal rules adopted by the council | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority VotesCast more than 1/2 Statuts USM, art. 23, al. 2 | proxies RI USM, art. 3-4 [at most 5 proxies per holder RI USM, art. 3-4, al. 1; giver and holder in the same group, except auditeur, outre-mer; a giver of no group may give to any member RI USM, art. 3-4, al. 4] | tie MotionFails Statuts USM, art. 23, al. 2 | voters up to date True RI USM, art. 3-3, al. 2 | Statuts USM, art. 33, al. 2, Statuts USM, art. 23, al. 1 | ",
        "LocalFunctionsDeprivation | NationalCouncil | Deprivation of local functions for six months to two years | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority AllMembers at least 2/3 RI USM, art. 1-4 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | RI USM, art. 1-4 | \"deux tiers de ses membres\": of every member, members of right with a consultative voice included (reading CouncilMembers = AllMembers)",
        "LocalOfficerSuspension | NationalBureau | Provisional suspension of a local officer | quorum DeliberativeMembers none PresentOrRepresented reconvened -  | majority PresentOrRepresented at least 2/3 RI USM, art. 1-5 | no proxy | tie MotionFails  | voters up to date False  | RI USM, art. 1-5 | the base of the bureau's two thirds is not stated; read as PresentOrRepresented (reading BureauTwoThirdsBase) / the texts set no quorum for this body / no text admits proxies for this body: none are admitted",
    ];

    // Statuts USM, art. 12 and 15, al. 3: the president counted only for the casting vote; the base of "deux tiers de
    // ses membres" (art. 6 d, 11, al. 2, 13, al. 2; RI art. 1-4) then names the elected members alone.
    private static readonly string[] CastingVoteOnlyRows =
    [
        "MemberExclusion | NationalCouncil | Exclusion of a member (appeal to the general assembly) | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority DeliberativeMembers at least 2/3 Statuts USM, art. 6, d | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 6, d | \"deux tiers de ses membres\": of the members with a deliberative voice (the elected members (the president votes only to break a tie)); the members of right have a consultative voice only (art. 12, al. 3) (reading CouncilMembers = DeliberativeMembers)",
        "HonoraryPresidentRemoval | NationalCouncil | Removal of an honorary president | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority DeliberativeMembers at least 2/3 Statuts USM, art. 11, al. 2 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 11, al. 2, Statuts USM, art. 6, d | \"deux tiers de ses membres\": of the members with a deliberative voice (the elected members (the president votes only to break a tie)); the members of right have a consultative voice only (art. 12, al. 3) (reading CouncilMembers = DeliberativeMembers)",
        "CouncilMemberRevocation | NationalCouncil | Revocation of an elected council member | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority DeliberativeMembers at least 2/3 Statuts USM, art. 13, al. 2 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | Statuts USM, art. 13, al. 2, Statuts USM, art. 6, d | art. 13 says \"majorité des deux tiers, dans les conditions prévues à l'article 6 d)\": read as two thirds of the council's members, as in art. 6 d / \"deux tiers de ses membres\": of the members with a deliberative voice (the elected members (the president votes only to break a tie)); the members of right have a consultative voice only (art. 12, al. 3) (reading CouncilMembers = DeliberativeMembers)",
        "LocalFunctionsDeprivation | NationalCouncil | Deprivation of local functions for six months to two years | quorum DeliberativeMembers more than 1/2 PresentOrRepresented reconvened 8 Statuts USM, art. 15, al. 2 | majority DeliberativeMembers at least 2/3 RI USM, art. 1-4 | proxies Statuts USM, art. 15, al. 4 [at most 2 proxies per holder Statuts USM, art. 15, al. 4] | tie MotionFails  | voters up to date False  | RI USM, art. 1-4 | \"deux tiers de ses membres\": of the members with a deliberative voice (the elected members (the president votes only to break a tie)); the members of right have a consultative voice only (art. 12, al. 3) (reading CouncilMembers = DeliberativeMembers)",
    ];

    private static string[] RowsThatDiffer(UsmReadings readings)
    {
        var byDefault = UsmDecisionCatalogue.Create();
        var other = UsmDecisionCatalogue.Create(readings);
        Assert.Same(readings, other.Readings);
        Assert.Equal(byDefault.All.Select(r => r.Decision), other.All.Select(r => r.Decision));
        return other.All.Select(DecisionTableTests.Row).Where(row => !byDefault.All.Select(DecisionTableTests.Row).Contains(row)).ToArray();
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6, d")]
    [Trait("Article", "Statuts USM, art. 7")]
    [Trait("Article", "Statuts USM, art. 15, al. 5")]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void Catalogue_OtherReadings_OnlyTheirRowsChange() =>
        Assert.Equal(OtherReadingsRows, RowsThatDiffer(UsmReadings.Default with
        {
            CouncilMembers = CouncilMembersReading.AllMembers,
            BureauTwoThirdsBase = MajorityBase.PresentOrRepresented,
            ElectronicVote = ElectronicVoteReading.CouncilWithPresidentsCastingVote,
            UnionlessProxyGiver = GrouplessGiver.MayGiveToAnyMember,
        }));

    [Fact]
    [Trait("Article", "Statuts USM, art. 12")]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public void Catalogue_PresidentCastingVoteOnly_OnlyTheTwoThirdsOfMembersChange() =>
        Assert.Equal(CastingVoteOnlyRows, RowsThatDiffer(UsmReadings.Default with { PresidentVoice = PresidentVoiceReading.CastingVoteOnly }));
}
