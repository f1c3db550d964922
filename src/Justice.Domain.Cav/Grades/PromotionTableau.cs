using System.Collections.Immutable;
using Justice.Domain.Cav.Election;
using Justice.Domain.Core;
using NodaTime;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Tableaux d'avancement</i> of the three-grade hierarchy (Décret 2025-1032; legal notes § 4): the troisième-grade
/// tableau has two sections (<see cref="ThirdGradeTableauSection"/>), and the inscriptions on the tableau of the former
/// hierarchy keep their effect until the first tableau for the deuxième grade is drawn up (art. 32).
/// </summary>
public static class PromotionTableau
{
    /// <summary>
    /// Checks inscriptions: each is on the tableau of the deuxième or the troisième grade; a troisième-grade inscription
    /// names one of the two sections, a deuxième-grade one none; nobody is inscribed twice on one tableau. Every problem
    /// is reported, naming the magistrate. O(n).
    /// </summary>
    /// <param name="inscriptions">The inscriptions.</param>
    /// <returns>The problems; empty when the tableaux are regular.</returns>
    public static ImmutableArray<ScheduleIssue> Check(IEnumerable<TableauInscription> inscriptions)
    {
        var all = Guard.NoNullElements(inscriptions);
        var issues = ImmutableArray.CreateBuilder<ScheduleIssue>();
        var seen = new HashSet<(string, Grade)>();
        foreach (var inscription in all)
        {
            var name = inscription.Name;
            if (inscription.Target != Grade.SecondGrade && inscription.Target != Grade.ThirdGrade)
            {
                issues.Add(new("'" + name + "' is inscribed on a tableau for the " + inscription.Target.FrenchName + "; the tableaux are for the deuxième and the troisième grade.", CavReferences.PromotionLists));
                continue;
            }

            if (!seen.Add((name.Trim().ToUpperInvariant(), inscription.Target)))
            {
                issues.Add(new("'" + name + "' is inscribed twice on the tableau for the " + inscription.Target.FrenchName + ".", CavReferences.PromotionLists));
            }

            if (inscription.Target == Grade.ThirdGrade && inscription.Section is null)
            {
                issues.Add(new("'" + name + "' is inscribed on the troisième-grade tableau without a section; it has two: the functions of art. 4, I, 6° to 9°, and the valeur professionnelle exceptionnelle.", CavReferences.ThirdGradeTableauSections));
            }
            else if (inscription.Target == Grade.ThirdGrade && !Enum.IsDefined(inscription.Section!.Value))
            {
                issues.Add(new(Text($"'{name}' is inscribed in section {(int)inscription.Section.Value}, which is not a section of the troisième-grade tableau."), CavReferences.ThirdGradeTableauSections));
            }
            else if (inscription.Target == Grade.SecondGrade && inscription.Section is not null)
            {
                issues.Add(new("'" + name + "' is inscribed on the deuxième-grade tableau with a section; only the troisième-grade tableau has sections.", CavReferences.ThirdGradeTableauSections));
            }
        }

        return issues.ToImmutable();
    }

    /// <summary>
    /// Whether an inscription on the tableau of the former hierarchy still has effect on <paramref name="day"/>: it keeps
    /// its effect "jusqu'à l'établissement du premier tableau" for the deuxième grade (Décret 2025-1032, art. 32). The day
    /// that tableau is drawn up the new tableau takes over: the former inscription has effect on the days before it.
    /// </summary>
    /// <param name="day">The day asked.</param>
    /// <param name="firstSecondGradeTableau">The day the first tableau for the deuxième grade was drawn up, or null while none is.</param>
    /// <returns>The answer, with the reason.</returns>
    public static FormerTableauInscription FormerInscriptionOn(LocalDate day, LocalDate? firstSecondGradeTableau)
    {
        if (firstSecondGradeTableau is not { } first)
        {
            return new(day, true, "no tableau for the deuxième grade is drawn up yet: the inscription on the former tableau keeps its effect", CavReferences.TransitionalInscriptions);
        }

        return day < first
            ? new(day, true, Text($"{Iso(day)} is before the first tableau for the deuxième grade ({Iso(first)}): the inscription on the former tableau keeps its effect"), CavReferences.TransitionalInscriptions)
            : new(day, false, Text($"the first tableau for the deuxième grade was drawn up on {Iso(first)}: the inscription on the former tableau no longer has effect on {Iso(day)}"), CavReferences.TransitionalInscriptions);
    }
}
