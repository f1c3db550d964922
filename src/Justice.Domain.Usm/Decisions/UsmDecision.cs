namespace Justice.Domain.Usm.Decisions;

/// <summary><i>Décision nommée par les textes</i>: every decision the USM statutes and internal rules name, with a voting rule.</summary>
public enum UsmDecision
{
    /// <summary>Ordinary decision of the national council (Statuts USM, art. 15, al. 2 to 4).</summary>
    CouncilOrdinary = 0,

    /// <summary>Emergency electronic vote of the council's elected members within the delay the president sets (art. 15, al. 5).</summary>
    CouncilElectronicVote = 1,

    /// <summary>Council's proposal of an affiliation, two thirds of present or represented (art. 3).</summary>
    AffiliationProposal = 2,

    /// <summary>The general assembly's decision on an affiliation (art. 3, art. 23).</summary>
    AffiliationDecision = 3,

    /// <summary>Refusal of approval of a new member (art. 4, al. 1).</summary>
    MembershipApprovalRefusal = 4,

    /// <summary>Exclusion of a member, two thirds of the council's members (art. 6 d).</summary>
    MemberExclusion = 5,

    /// <summary>Provisional suspension of a member by the bureau, two thirds (art. 7).</summary>
    MemberSuspension = 6,

    /// <summary>Authorisation for the president to go to court (art. 10, al. 1).</summary>
    LegalActionAuthorisation = 7,

    /// <summary>Finding of the president's lasting inability (art. 10, al. 4).</summary>
    PresidentInabilityFinding = 8,

    /// <summary>Removal of an honorary president, two thirds of the council's members (art. 11, al. 2).</summary>
    HonoraryPresidentRemoval = 9,

    /// <summary>Revocation of an elected council member, two thirds (art. 13, al. 2).</summary>
    CouncilMemberRevocation = 10,

    /// <summary>Ordinary decision of the general assembly (art. 23).</summary>
    GeneralAssemblyOrdinary = 11,

    /// <summary>Amendment of the statutes by the extraordinary general assembly, two thirds (art. 25).</summary>
    StatuteAmendment = 12,

    /// <summary>Devolution of the remaining assets on dissolution, by the extraordinary assembly (art. 31).</summary>
    AssetsDevolution = 13,

    /// <summary>Adoption or amendment of the internal rules by the council, two thirds of deliberative members present or represented (art. 33).</summary>
    InternalRulesAdoption = 14,

    /// <summary>Approval (ratification) of the internal rules by the ordinary general assembly (art. 23; art. 33).</summary>
    InternalRulesApproval = 15,

    /// <summary>Deprivation of local functions for six months to two years, two thirds of the council's members (RI art. 1-4).</summary>
    LocalFunctionsDeprivation = 16,

    /// <summary>Provisional suspension of a local officer by the bureau, two thirds (RI art. 1-5).</summary>
    LocalOfficerSuspension = 17,

    /// <summary>A regional union's request for dissolution and new elections, absolute majority of its members (RI art. 1-6).</summary>
    RegionalDissolutionRequest = 18,

    /// <summary>Investiture of a CSM candidate by secret ballot, and each name-by-name vote on the list order (RI art. 2-7, al. 4).</summary>
    CsmInvestiture = 19,

    /// <summary>Adoption of the final CAV list by the council (RI art. 2-9, al. 3).</summary>
    CavListAdoption = 20,

    /// <summary>Bureau's opposition to a chargé de mission, absolute majority of its members (RI art. 5-1).</summary>
    ChargeDeMissionOpposition = 21,

    /// <summary>Bureau's opposition to a request for union time off, absolute majority of its members (RI art. 5-2, al. 2).</summary>
    TimeOffOpposition = 22,

    /// <summary>Council decisions of administration the texts assign without a special majority: seat transfer (art. 1), dues (art. 5), levy rate (art. 30), charters, data protection officer and list administrator (RI art. 5-3, 5-4), ratification of commissions (RI art. 4-1).</summary>
    CouncilAdministration = 23,
}
