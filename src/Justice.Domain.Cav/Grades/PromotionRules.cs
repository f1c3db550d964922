using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Conditions d'avancement</i> in the three-grade hierarchy (from 31 December 2025): to the deuxième grade,
/// five years of effective service since installation in the first judicial functions and at least one year in
/// the 7th échelon of the premier grade; to the troisième grade, eight years of effective service since
/// appointment to the deuxième grade.
/// </summary>
/// <remarks>Boundaries: a condition "N ans" is met on the N-th anniversary (see <see cref="EffectiveService"/>).</remarks>
public static class PromotionRules
{
    /// <summary>Eligibility for the deuxième grade on <paramref name="at"/>.</summary>
    /// <param name="grade">The magistrate's grade as recorded (a former second grade is read as premier grade from 31 December 2025).</param>
    /// <param name="installedOn">The day of installation in the first judicial functions.</param>
    /// <param name="seventhEchelonSince">The day the magistrate reached the 7th échelon of the premier grade, or null if not reached.</param>
    /// <param name="at">The date asked.</param>
    /// <param name="notCounted">Periods that are not effective service, or null.</param>
    /// <returns>The decision with each condition.</returns>
    public static PromotionEligibility SecondGrade(Grade grade, LocalDate installedOn, LocalDate? seventhEchelonSince, LocalDate at, IEnumerable<DateInterval>? notCounted = null)
    {
        KnownGrade(grade, nameof(grade));
        var service = EffectiveService.ReachedOn(installedOn, 5, notCounted);
        LocalDate? echelon = seventhEchelonSince?.PlusYears(1);
        var conditions = ImmutableArray.CreateBuilder<EligibilityCondition>();
        conditions.Add(HierarchyCondition(at));
        conditions.Add(GradeCondition(grade, Grade.FirstGrade, at));
        conditions.Add(new("cinq ans de services effectifs depuis l'installation dans les premières fonctions judiciaires", at >= service, service,
            Text($"installed on {Iso(installedOn)}: five years reached on {Iso(service)}"), CavReferences.SecondGradeConditions));
        conditions.Add(new("au moins un an d'ancienneté dans le 7e échelon du premier grade", echelon is { } e && at >= e, echelon,
            seventhEchelonSince is { } s ? Text($"7th échelon since {Iso(s)}: one year reached on {Iso(echelon!.Value)}") : "the 7th échelon of the premier grade is not reached",
            CavReferences.SecondGradeConditions));
        return Decide(Grade.SecondGrade, at, conditions.ToImmutable());
    }

    /// <summary>Eligibility for the troisième grade on <paramref name="at"/>.</summary>
    /// <param name="grade">The magistrate's grade as recorded (a former premier grade is read as deuxième grade from 31 December 2025).</param>
    /// <param name="appointedToSecondGrade">The day of appointment to the deuxième grade (for a reclassified magistrate, the date the caller's reading of the transition gives).</param>
    /// <param name="at">The date asked.</param>
    /// <param name="notCounted">Periods that are not effective service, or null.</param>
    /// <returns>The decision with each condition.</returns>
    public static PromotionEligibility ThirdGrade(Grade grade, LocalDate appointedToSecondGrade, LocalDate at, IEnumerable<DateInterval>? notCounted = null)
    {
        KnownGrade(grade, nameof(grade));
        var service = EffectiveService.ReachedOn(appointedToSecondGrade, 8, notCounted);
        ImmutableArray<EligibilityCondition> conditions =
        [
            HierarchyCondition(at),
            GradeCondition(grade, Grade.SecondGrade, at),
            new("huit ans de services effectifs depuis la nomination au deuxième grade", at >= service, service,
                Text($"appointed on {Iso(appointedToSecondGrade)}: eight years reached on {Iso(service)}"), CavReferences.ThirdGradeConditions),
        ];
        return Decide(Grade.ThirdGrade, at, conditions);
    }

    private static EligibilityCondition HierarchyCondition(LocalDate at) =>
        new("la hiérarchie en trois grades est en vigueur (31 décembre 2025)", at >= GradeReform.EffectiveDate, GradeReform.EffectiveDate,
            Text($"three grades from {Iso(GradeReform.EffectiveDate)}"), Grade.ReclassificationReference);

    private static EligibilityCondition GradeCondition(Grade recorded, Grade required, LocalDate at)
    {
        var condition = "appartenir au " + required.FrenchName;
        if (at < GradeReform.EffectiveDate)
        {
            return new(condition, false, null, Text($"the {required.FrenchName} does not exist on {Iso(at)}"), Grade.ReclassificationReference);
        }

        var actual = GradeReform.AsOf(recorded, at);
        return new(condition, actual == required, actual == required ? GradeReform.EffectiveDate : null,
            Text($"recorded as {recorded.FrenchName}, read on {Iso(at)} as {actual.FrenchName}"), Grade.ReclassificationReference);
    }

    private static PromotionEligibility Decide(Grade target, LocalDate at, ImmutableArray<EligibilityCondition> conditions)
    {
        LocalDate? from = conditions.Any(c => c.MetFrom is null) ? null : conditions.Max(c => c.MetFrom!.Value);
        return new PromotionEligibility(target, at, conditions.All(c => c.Met), from, conditions);
    }

}
