using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Election;
using Justice.Domain.Core;
using Xunit;

namespace Justice.Domain.Cav.Tests.Mutation;

/// <summary>
/// The tables the package copies from the texts, read back whole: the seats of each commission with the text's
/// words and numbers, the articles cited, and the reason given to each kind of elector.
/// </summary>
public class CavTextTableTests
{
    private static readonly string FormerSeats = string.Join(
        "\n",
        "35-chair | le doyen des présidents de chambre de la Cour de cassation, président | 1 | ExOfficio | - | - | membre de droit (doyen des présidents de chambre) | Ord. 58-1270, art. 35",
        "35-vice-chair | le plus ancien des premiers avocats généraux à la Cour de cassation, vice-président | 1 | ExOfficio | - | - | membre de droit (le plus ancien des premiers avocats généraux) | Ord. 58-1270, art. 35",
        "35-inspection | l'inspecteur général, chef de l'inspection générale de la justice, ou un inspecteur général | 1 | ExOfficio | - | - | membre de droit | Ord. 58-1270, art. 35",
        "35-dsj | le directeur des services judiciaires ou un magistrat le représentant, d'un rang au moins égal à celui de sous-directeur | 1 | ExOfficio | - | magistrate | membre de droit | Ord. 58-1270, art. 35",
        "35-cass-siege | un magistrat du siège hors hiérarchie de la Cour de cassation | 1 | Elected | hors hiérarchie | - | élu par les magistrats hors hiérarchie de la Cour de cassation | Ord. 58-1270, art. 35",
        "35-cass-parquet | un magistrat du parquet hors hiérarchie de la Cour de cassation | 1 | Elected | hors hiérarchie | - | élu par les magistrats hors hiérarchie de la Cour de cassation | Ord. 58-1270, art. 35",
        "35-first-presidents | deux premiers présidents de cour d'appel | 2 | Elected | - | - | élus par l'assemblée des premiers présidents | Ord. 58-1270, art. 35",
        "35-prosecutors-general | deux procureurs généraux près une cour d'appel | 2 | Elected | - | - | élus par l'assemblée des procureurs généraux | Ord. 58-1270, art. 35",
        "35-courts-first-grade | sept magistrats du premier grade des cours et tribunaux | 7 | Elected | premier grade (ancienne hiérarchie) | - | élus par le collège des magistrats | Ord. 58-1270, art. 35",
        "35-courts-second-grade | trois magistrats du second grade des cours et tribunaux | 3 | Elected | second grade | - | élus par le collège des magistrats | Ord. 58-1270, art. 35");

    private static readonly string ReformedSeats = string.Join(
        "\n",
        "II-1 | six représentants des magistrats du siège et du parquet | 6 | Elected | - | - | élus au scrutin proportionnel de liste, au plus fort reste, par l'ensemble des magistrats des premier, deuxième et troisième grades (les membres élus au titre des 2° à 4° ne votent pas) | Ord. 58-1270, art. 10-1-1, II, 1°",
        "II-2-first-president | un premier président de cour d'appel | 1 | Elected | - | - | élu par l'assemblée des premiers présidents | Ord. 58-1270, art. 10-1-1, II, 2°",
        "II-2-prosecutor-general | un procureur général près une cour d'appel | 1 | Elected | - | - | élu par l'assemblée des procureurs généraux | Ord. 58-1270, art. 10-1-1, II, 2°",
        "II-3-president | un président de tribunal judiciaire | 1 | Elected | - | - | élu par l'assemblée des présidents des tribunaux judiciaires, des tribunaux de première instance et des tribunaux supérieurs d'appel | Ord. 58-1270, art. 10-1-1, II, 3°",
        "II-3-prosecutor | un procureur de la République | 1 | Elected | - | - | élu par l'assemblée des procureurs de la République | Ord. 58-1270, art. 10-1-1, II, 3°",
        "II-4-siege | un magistrat du siège du troisième grade de la Cour de cassation | 1 | Elected | troisième grade | - | élu par les magistrats du siège du troisième grade de la Cour, hors auditeurs et conseillers référendaires; le premier président ne peut ni voter ni être élu | Ord. 58-1270, art. 10-1-1, II, 4°",
        "II-4-parquet | un magistrat du parquet du troisième grade de la Cour de cassation | 1 | Elected | troisième grade | - | élu par les magistrats du parquet général du troisième grade de la Cour, hors auditeurs et avocats généraux référendaires; le procureur général ne peut ni voter ni être élu | Ord. 58-1270, art. 10-1-1, II, 4°",
        "II-5 | le directeur des services judiciaires ou son représentant, d'un rang au moins égal à celui de sous-directeur | 1 | ExOfficio | - | - | membre de droit | Ord. 58-1270, art. 10-1-1, II, 5°");

    private static readonly string References = string.Join(
        "\n",
        "Ord. 58-1270, art. 10-1-1, I",
        "Ord. 58-1270, art. 10-1-1, II, 1°",
        "Ord. 58-1270, art. 10-1-1, II, 2°",
        "Ord. 58-1270, art. 10-1-1, II, 3°",
        "Ord. 58-1270, art. 10-1-1, II, 4°",
        "Ord. 58-1270, art. 10-1-1, II, 5°",
        "Ord. 58-1270, art. 10-1-1, II",
        "Ord. 58-1270, art. 10-1-1",
        "Ord. 58-1270, art. 10-1-1",
        "Ord. 58-1270, art. 10-1, II",
        "Ord. 58-1270, art. 12-1",
        "Ord. 58-1270, art. 27 et 34",
        "Ord. 58-1270, art. 35",
        "Décret 2025-659, art. 1",
        "Décret 2025-659, art. 2",
        "Décret 2025-659, art. 7",
        "Décret 2025-659, § listes de candidats",
        "Décret 2025-659, art. 14",
        "Décret 2025-659, § formation consultative",
        "Décret 2025-1032, § conditions d'avancement, I",
        "Décret 2025-1032, § conditions d'avancement, II",
        "Décret 2025-1032, § conditions d'avancement, III",
        "Décret 2025-1032, § tableaux d'avancement, sections du troisième grade",
        "Décret 2025-1032, art. 32",
        "Décret 2025-1032, § tableaux d'avancement, propositions");

    private static readonly string ElectorDecisions = string.Join(
        "\n",
        "ElectorDecision { Elector = in activity, MayVote = True, Reason = in activity, Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = seconded, MayVote = True, Reason = on secondment (détachement), Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = parental leave, MayVote = True, Reason = on parental leave, Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = other position, MayVote = False, Reason = the decree lists only activity, secondment and parental leave, Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = sick, MayVote = False, Reason = magistrates on congé de longue maladie or de longue durée are not electors, Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = barred, MayVote = False, Reason = magistrates under an interdiction temporaire are not electors, Reference = Décret 2025-659, art. 2 }",
        "ElectorDecision { Elector = 2° to 4°, MayVote = False, Reason = members elected under art. 10-1-1, II, 2° to 4° do not vote in the election of the representatives (1°), Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = AuditeurDeJustice, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (auditeur de justice): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = TemporaryMagistrate, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (magistrat à titre temporaire): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = HonoraryMagistrateSitting, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (magistrat honoraire exerçant des fonctions juridictionnelles): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = ExtraordinaryService, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (en service extraordinaire à la Cour de cassation): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = CandidateInTraining, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (candidat en formation probatoire ou préalable): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }",
        "ElectorDecision { Elector = Other, MayVote = False, Reason = not a magistrate of the premier, deuxième or troisième grade (without a grade): the 1° election is by \"l'ensemble des magistrats des premier, deuxième et troisième grades\", Reference = Ord. 58-1270, art. 10-1-1, II, 1° }");

    private static string Seats(CavCompositionRules rules) => string.Join("\n", rules.Seats.Select(s =>
        s.Code + " | " + s.FrenchTitle + " | " + s.Titulars + " | " + s.Designation + " | " + (s.RequiredGrade?.FrenchName ?? "-") + " | "
        + (s.RepresentativeMustBeMagistrate ? "magistrate" : "-") + " | " + s.Electorate + " | " + s.Reference));

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 35")]
    public void Former_SeatsAsTheTextStatesThem() => Assert.Equal(FormerSeats, Seats(CavRegimes.Former));

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II")]
    public void Reformed_SeatsAsTheTextStatesThem() => Assert.Equal(ReformedSeats, Seats(CavRegimes.Reformed));

    [Fact]
    public void References_CiteTheirArticles()
    {
        LegalReference[] all =
        [
            CavReferences.ReformedRemit, CavReferences.Representatives, CavReferences.AppealCourHeads, CavReferences.TribunalHeads,
            CavReferences.CassationThirdGrade, CavReferences.DirectorOfJudicialServices, CavReferences.ReformedComposition,
            CavReferences.ReformedMandate, CavReferences.ReformedChairs, CavReferences.UnionRepresentativeness, CavReferences.ContestedEvaluations,
            CavReferences.PromotionLists, CavReferences.FormerComposition, CavReferences.ElectionTiming, CavReferences.Electorate,
            CavReferences.GenderShare, CavReferences.CandidateLists, CavReferences.SeatAllocation, CavReferences.ConsultativeConvocation,
            CavReferences.SecondGradeConditions, CavReferences.ThirdGradeConditions, CavReferences.ThirdGradeCap,
            CavReferences.ThirdGradeTableauSections, CavReferences.TransitionalInscriptions, CavReferences.ProposalDeadlines,
        ];
        Assert.Equal(References, string.Join("\n", all.Select(r => r.ToString())));
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 2")]
    public void Electorate_EachKindOfElectorWithItsReason()
    {
        Elector[] electors =
        [
            new("in activity", AdministrativePosition.Activity, Grade.FirstGrade),
            new("seconded", AdministrativePosition.Secondment, Grade.SecondGrade),
            new("parental leave", AdministrativePosition.ParentalLeave, Grade.ThirdGrade),
            new("other position", AdministrativePosition.Other, Grade.FirstGrade),
            new("sick", AdministrativePosition.Activity, Grade.FirstGrade, OnLongSickLeave: true),
            new("barred", AdministrativePosition.Activity, Grade.FirstGrade, TemporarilyBarred: true),
            new("2° to 4°", AdministrativePosition.Activity, Grade.ThirdGrade, SitsUnder2To4: true),
            .. Enum.GetValues<StatusWithoutGrade>().Select(s => new Elector(s.ToString(), AdministrativePosition.Activity, null, WithoutGrade: s)),
        ];
        Assert.Equal(ElectorDecisions, string.Join("\n", electors.Select(e => Electorate.Decide(e)).Select(d => d.ToString())));
    }
}
