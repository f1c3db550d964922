using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Composition;

/// <summary>
/// <i>Les deux CAV</i>: the former commission (Ord. 58-1270, former art. 35) and the reformed one (art. 10-1-1),
/// and the timeline that says which is in force on a date.
/// </summary>
/// <remarks>
/// No text we hold fixes the day the reformed commission replaces the former one (the end of the former
/// mandate, "au cours du deuxième semestre 2025" per the NPJ, or the first sitting of the commission elected
/// from 6 to 12 February 2026). <see cref="Timeline"/> therefore takes both start dates as parameters.
/// </remarks>
public static class CavRegimes
{
    private const string ChairGap = "Quorum and voting rule of the commission's deliberations: not in any text we hold (Ord. 58-1270 art. 10-1-1 and Décret 2025-659 as read); configure them with CavSittingRules (no default).";

    private static readonly ImmutableArray<JudicialFunction> CourtFunctions =
    [
        JudicialFunction.CourtJudge, JudicialFunction.CourtProsecutor,
        JudicialFunction.PresidentOfJudicialTribunal, JudicialFunction.PublicProsecutor,
        JudicialFunction.FirstPresidentOfAppealCourt, JudicialFunction.ProsecutorGeneralOfAppealCourt,
    ];

    /// <summary>The former commission: 20 titular members, three-year mandate not renewable (Ord. 58-1270, former art. 35).</summary>
    public static CavCompositionRules Former { get; } = BuildFormer();

    /// <summary>The reformed commission: 13 members, four-year mandate not renewable (Ord. 58-1270, art. 10-1-1).</summary>
    public static CavCompositionRules Reformed { get; } = BuildReformed();

    /// <summary>
    /// The composition rules by date: the former commission from <paramref name="formerFrom"/>, the reformed one
    /// from <paramref name="reformedFrom"/>. Both dates are parameters because no text we hold fixes them.
    /// </summary>
    /// <param name="formerFrom">The first day the former composition applies (for example the start of the last former mandate).</param>
    /// <param name="reformedFrom">The first day the reformed commission is in office; on or after 31 December 2025, when its troisième-grade seats exist.</param>
    /// <returns>The timeline; <see cref="DateVersioned{T}.At"/> throws for a date before <paramref name="formerFrom"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reformedFrom"/> is not after <paramref name="formerFrom"/> or before 31 December 2025.</exception>
    public static DateVersioned<CavCompositionRules> Timeline(LocalDate formerFrom, LocalDate reformedFrom)
    {
        if (reformedFrom <= formerFrom)
        {
            throw Guard.OutOfRange(nameof(reformedFrom), NodaTime.Text.LocalDatePattern.Iso.Format(reformedFrom), "a date after formerFrom " + NodaTime.Text.LocalDatePattern.Iso.Format(formerFrom));
        }

        if (reformedFrom < GradeReform.EffectiveDate)
        {
            throw Guard.OutOfRange(nameof(reformedFrom), NodaTime.Text.LocalDatePattern.Iso.Format(reformedFrom), "a date on or after 2025-12-31, when the troisième grade of the reformed seats exists");
        }

        return DateVersioned.Create("CAV composition rules", (formerFrom, Former), (reformedFrom, Reformed));
    }

    private static CavCompositionRules BuildFormer()
    {
        var art35 = CavReferences.FormerComposition;
        ImmutableArray<CavSeat> seats =
        [
            new("35-chair", "le doyen des présidents de chambre de la Cour de cassation, président", 1, CavSeatDesignation.ExOfficio,
                [JudicialFunction.ChamberPresidentOfCassation], null, false, "membre de droit (doyen des présidents de chambre)", art35),
            new("35-vice-chair", "le plus ancien des premiers avocats généraux à la Cour de cassation, vice-président", 1, CavSeatDesignation.ExOfficio,
                [JudicialFunction.FirstAdvocateGeneralOfCassation], null, false, "membre de droit (le plus ancien des premiers avocats généraux)", art35),
            new("35-inspection", "l'inspecteur général, chef de l'inspection générale de la justice, ou un inspecteur général", 1, CavSeatDesignation.ExOfficio,
                [JudicialFunction.ChiefInspectorGeneral, JudicialFunction.InspectorGeneral], null, false, "membre de droit", art35),
            new("35-dsj", "le directeur des services judiciaires ou un magistrat le représentant, d'un rang au moins égal à celui de sous-directeur", 1, CavSeatDesignation.ExOfficio,
                [JudicialFunction.DirectorOfJudicialServices, JudicialFunction.DirectorRepresentative], null, true, "membre de droit", art35),
            new("35-cass-siege", "un magistrat du siège hors hiérarchie de la Cour de cassation", 1, CavSeatDesignation.Elected,
                [JudicialFunction.ChamberPresidentOfCassation, JudicialFunction.CassationJudge], Grade.FormerHorsHierarchie, false,
                "élu par les magistrats hors hiérarchie de la Cour de cassation", art35),
            new("35-cass-parquet", "un magistrat du parquet hors hiérarchie de la Cour de cassation", 1, CavSeatDesignation.Elected,
                [JudicialFunction.FirstAdvocateGeneralOfCassation, JudicialFunction.AdvocateGeneralOfCassation], Grade.FormerHorsHierarchie, false,
                "élu par les magistrats hors hiérarchie de la Cour de cassation", art35),
            new("35-first-presidents", "deux premiers présidents de cour d'appel", 2, CavSeatDesignation.Elected,
                [JudicialFunction.FirstPresidentOfAppealCourt], null, false, "élus par l'assemblée des premiers présidents", art35),
            new("35-prosecutors-general", "deux procureurs généraux près une cour d'appel", 2, CavSeatDesignation.Elected,
                [JudicialFunction.ProsecutorGeneralOfAppealCourt], null, false, "élus par l'assemblée des procureurs généraux", art35),
            new("35-courts-first-grade", "sept magistrats du premier grade des cours et tribunaux", 7, CavSeatDesignation.Elected,
                CourtFunctions, Grade.FormerFirstGrade, false, "élus par le collège des magistrats", art35),
            new("35-courts-second-grade", "trois magistrats du second grade des cours et tribunaux", 3, CavSeatDesignation.Elected,
                CourtFunctions, Grade.FormerSecondGrade, false, "élus par le collège des magistrats", art35),
        ];
        const string chair = "le doyen des présidents de chambre de la Cour de cassation";
        const string viceChair = "le plus ancien des premiers avocats généraux à la Cour de cassation";
        ImmutableArray<CavFormationRules> formations =
        [
            new(CavFormation.PromotionLists, "établit le tableau d'avancement", chair, viceChair, [], [ChairGap], [art35, CavReferences.PromotionLists]),
            new(CavFormation.ContestedEvaluations, "donne son avis sur les contestations d'évaluation professionnelle", chair, viceChair, [], [ChairGap], [art35, CavReferences.ContestedEvaluations]),
            new(CavFormation.LateralRecruitment, "donne son avis sur les recrutements latéraux (intégration directe)", chair, viceChair, [], [ChairGap], [art35]),
        ];
        return new CavCompositionRules(CavRegimeKind.Former, seats, 3, false, false, formations, art35);
    }

    private static CavCompositionRules BuildReformed()
    {
        ImmutableArray<CavSeat> seats =
        [
            new("II-1", "six représentants des magistrats du siège et du parquet", 6, CavSeatDesignation.Elected, [], null, false,
                "élus au scrutin proportionnel de liste, au plus fort reste, par l'ensemble des magistrats des premier, deuxième et troisième grades (les membres élus au titre des 2° à 4° ne votent pas)",
                CavReferences.Representatives),
            new("II-2-first-president", "un premier président de cour d'appel", 1, CavSeatDesignation.Elected,
                [JudicialFunction.FirstPresidentOfAppealCourt], null, false, "élu par l'assemblée des premiers présidents", CavReferences.AppealCourHeads),
            new("II-2-prosecutor-general", "un procureur général près une cour d'appel", 1, CavSeatDesignation.Elected,
                [JudicialFunction.ProsecutorGeneralOfAppealCourt], null, false, "élu par l'assemblée des procureurs généraux", CavReferences.AppealCourHeads),
            new("II-3-president", "un président de tribunal judiciaire", 1, CavSeatDesignation.Elected,
                [JudicialFunction.PresidentOfJudicialTribunal], null, false,
                "élu par l'assemblée des présidents des tribunaux judiciaires, des tribunaux de première instance et des tribunaux supérieurs d'appel", CavReferences.TribunalHeads),
            new("II-3-prosecutor", "un procureur de la République", 1, CavSeatDesignation.Elected,
                [JudicialFunction.PublicProsecutor], null, false, "élu par l'assemblée des procureurs de la République", CavReferences.TribunalHeads),
            new("II-4-siege", "un magistrat du siège du troisième grade de la Cour de cassation", 1, CavSeatDesignation.Elected,
                [JudicialFunction.ChamberPresidentOfCassation, JudicialFunction.CassationJudge], Grade.ThirdGrade, false,
                "élu par les magistrats du siège du troisième grade de la Cour, hors auditeurs et conseillers référendaires; le premier président ne peut ni voter ni être élu",
                CavReferences.CassationThirdGrade),
            new("II-4-parquet", "un magistrat du parquet du troisième grade de la Cour de cassation", 1, CavSeatDesignation.Elected,
                [JudicialFunction.FirstAdvocateGeneralOfCassation, JudicialFunction.AdvocateGeneralOfCassation], Grade.ThirdGrade, false,
                "élu par les magistrats du parquet général du troisième grade de la Cour, hors auditeurs et avocats généraux référendaires; le procureur général ne peut ni voter ni être élu",
                CavReferences.CassationThirdGrade),
            new("II-5", "le directeur des services judiciaires ou son représentant, d'un rang au moins égal à celui de sous-directeur", 1, CavSeatDesignation.ExOfficio,
                [JudicialFunction.DirectorOfJudicialServices, JudicialFunction.DirectorRepresentative], null, false, "membre de droit", CavReferences.DirectorOfJudicialServices),
        ];
        ImmutableArray<CavFormationRules> formations =
        [
            new(CavFormation.PromotionLists, "établit les tableaux d'avancement au deuxième et au troisième grade (art. 27 et 34)",
                "le magistrat du siège du troisième grade de la Cour de cassation (II, 4°)",
                "le magistrat du parquet général du troisième grade près la Cour de cassation (II, 4°)",
                [],
                ["Chairs: the clause of art. 10-1-1 on chairs is not in the text we hold; stated by the NPJ 2025 article \"La CAV est morte, vive la CAV !\".", ChairGap],
                [CavReferences.ReformedRemit, CavReferences.PromotionLists, CavReferences.ReformedChairs]),
            new(CavFormation.ContestedEvaluations, "émet un avis motivé, versé au dossier du magistrat, sur les contestations d'évaluation professionnelle (art. 12-1)",
                null, null,
                ["ne peut ni annuler ni modifier l'évaluation définitive"],
                ["Chair of this formation: not stated by any text we hold (the NPJ article names chairs only for the tableaux and the consultative formation).", ChairGap],
                [CavReferences.ReformedRemit, CavReferences.ContestedEvaluations]),
            new(CavFormation.StatusConsultation, "formation consultative: questions relatives au statut des magistrats (règles statutaires, échelonnement indiciaire, régime indemnitaire, formation professionnelle)",
                "le garde des Sceaux, ministre de la justice", null,
                ["se réunit sur convocation de son président, à son initiative ou dans les deux mois d'une demande écrite de la moitié au moins des représentants titulaires"],
                ["Vice-chair of the consultative formation: not stated by any text we hold.", ChairGap],
                [CavReferences.ReformedRemit, CavReferences.ConsultativeConvocation]),
        ];
        return new CavCompositionRules(CavRegimeKind.Reformed, seats, 4, false, true, formations, CavReferences.ReformedMandate);
    }
}
