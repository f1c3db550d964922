using Justice.Domain.Core;

namespace Justice.Domain.Cav;

/// <summary>
/// <i>Références</i> of the commission d'avancement: the articles every CAV rule cites, in one place so that a
/// reader can check them against the texts. Where the number of an article is not in the texts we hold, the
/// reference names the subject as a section ("§ listes de candidats") and <c>docs/cav.md</c> lists the gap.
/// </summary>
public static class CavReferences
{
    /// <summary>Ord. 58-1270, art. 10-1-1, I: the remit of the reformed commission.</summary>
    public static LegalReference ReformedRemit { get; } = Ordinance("10-1-1", "I");

    /// <summary>Ord. 58-1270, art. 10-1-1, II, 1°: the six representatives elected by the magistrates of the three grades.</summary>
    public static LegalReference Representatives { get; } = Ordinance("10-1-1", "II, 1°");

    /// <summary>Ord. 58-1270, art. 10-1-1, II, 2°: a premier président and a procureur général of cour d'appel.</summary>
    public static LegalReference AppealCourHeads { get; } = Ordinance("10-1-1", "II, 2°");

    /// <summary>Ord. 58-1270, art. 10-1-1, II, 3°: a président of tribunal judiciaire and a procureur de la République.</summary>
    public static LegalReference TribunalHeads { get; } = Ordinance("10-1-1", "II, 3°");

    /// <summary>Ord. 58-1270, art. 10-1-1, II, 4°: a siège and a parquet magistrate of the troisième grade at the Cour de cassation.</summary>
    public static LegalReference CassationThirdGrade { get; } = Ordinance("10-1-1", "II, 4°");

    /// <summary>Ord. 58-1270, art. 10-1-1, II, 5°: the directeur des services judiciaires, ex officio.</summary>
    public static LegalReference DirectorOfJudicialServices { get; } = Ordinance("10-1-1", "II, 5°");

    /// <summary>Ord. 58-1270, art. 10-1-1, II: the composition of the reformed commission, an alternate (<i>suppléant</i>) for each elected member.</summary>
    public static LegalReference ReformedComposition { get; } = Ordinance("10-1-1", "II");

    /// <summary>Ord. 58-1270, art. 10-1-1, four-year mandate, not renewable; no promotion in grade during it.</summary>
    public static LegalReference ReformedMandate { get; } = Ordinance("10-1-1");

    /// <summary>Ord. 58-1270, art. 10-1-1: chairs of the formations (clause not in the text we hold; stated by the NPJ 2025 article).</summary>
    public static LegalReference ReformedChairs { get; } = Ordinance("10-1-1");

    /// <summary>Ord. 58-1270, art. 10-1, II: representativeness of a union.</summary>
    public static LegalReference UnionRepresentativeness { get; } = Ordinance("10-1", "II");

    /// <summary>Ord. 58-1270, art. 12-1: contested professional evaluations.</summary>
    public static LegalReference ContestedEvaluations { get; } = Ordinance("12-1");

    /// <summary>Ord. 58-1270, art. 27 and 34: the tableaux d'avancement.</summary>
    public static LegalReference PromotionLists { get; } = Ordinance("27 et 34");

    /// <summary>Ord. 58-1270, former art. 35: the composition of the former commission.</summary>
    public static LegalReference FormerComposition { get; } = Ordinance("35");

    /// <summary>Décret 2025-659, art. 1: when the election takes place.</summary>
    public static LegalReference ElectionTiming { get; } = Decree659("1");

    /// <summary>Décret 2025-659, art. 2: the electorate.</summary>
    public static LegalReference Electorate { get; } = Decree659("2");

    /// <summary>Décret 2025-659, art. 7: the share of women and men on a list (rounding up or down allowed).</summary>
    public static LegalReference GenderShare { get; } = Decree659("7");

    /// <summary>Décret 2025-659, the articles on lists of candidates (numbers not in the texts we hold).</summary>
    public static LegalReference CandidateLists { get; } =
        new(LegalText.Decree2025_659, "listes de candidats", null, LegalDivision.Section);

    /// <summary>Décret 2025-659, art. 14: electoral quotient and largest remainder.</summary>
    public static LegalReference SeatAllocation { get; } = Decree659("14");

    /// <summary>Décret 2025-659: convocation of the consultative formation (article number not in the texts we hold).</summary>
    public static LegalReference ConsultativeConvocation { get; } =
        new(LegalText.Decree2025_659, "formation consultative", null, LegalDivision.Section);

    /// <summary>Conditions of promotion to the deuxième grade (décret 93-21 as amended by décret 2025-1032; article number not in our notes).</summary>
    public static LegalReference SecondGradeConditions { get; } =
        new(LegalText.Decree2025_1032, "conditions d'avancement", "I", LegalDivision.Section);

    /// <summary>Conditions of promotion to the troisième grade.</summary>
    public static LegalReference ThirdGradeConditions { get; } =
        new(LegalText.Decree2025_1032, "conditions d'avancement", "II", LegalDivision.Section);

    /// <summary>The 18 % cap on the troisième grade.</summary>
    public static LegalReference ThirdGradeCap { get; } =
        new(LegalText.Decree2025_1032, "conditions d'avancement", "III", LegalDivision.Section);

    /// <summary>The two sections of the tableau for the troisième grade (article number not in our notes).</summary>
    public static LegalReference ThirdGradeTableauSections { get; } =
        new(LegalText.Decree2025_1032, "tableaux d'avancement", "sections du troisième grade", LegalDivision.Section);

    /// <summary>Décret 2025-1032, art. 32: inscriptions on the former tableau keep their effect until the first tableau for the deuxième grade.</summary>
    public static LegalReference TransitionalInscriptions { get; } = LegalReference.Article(LegalText.Decree2025_1032, "32");

    /// <summary>The dates before which the evaluating authorities send their proposals.</summary>
    public static LegalReference ProposalDeadlines { get; } =
        new(LegalText.Decree2025_1032, "tableaux d'avancement", "propositions", LegalDivision.Section);

    private static LegalReference Ordinance(string article, string? subdivision = null) =>
        LegalReference.Article(LegalText.Ordinance58_1270, article, subdivision);

    private static LegalReference Decree659(string article) => LegalReference.Article(LegalText.Decree2025_659, article);
}
