using Justice.Domain.Core;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Grades;

/// <summary>
/// <i>Lecture du « second grade » des statuts</i>: the USM texts (Statuts, art. 12, al. 2; RI, art. 3-2) predate the
/// grade reform and reserve seats for "magistrats du second grade", the entry grade of the former hierarchy. Two
/// readings are offered (<see cref="SecondGradeReading"/>). By default the purpose of the reservation, the entry grade,
/// decides, and the words are read as Core's
/// <see cref="GradeReform.EntryGrade"/> in force on the day of the reading: the former <i>second grade</i> until
/// 30 December 2025, the new <i>premier grade</i> from 31 December 2025 (LO 2023-1058, art. 3, which reclassifies the
/// former second grade as the premier grade). A grade recorded in the former hierarchy is reclassified first
/// (<see cref="GradeReform.AsOf"/>), so a record that still says "second grade" in 2026 falls in the category, and a
/// former "premier grade" (now the deuxième grade) does not. Under <see cref="SecondGradeReading.DeuxiemeGrade"/> the
/// words are read literally in the new hierarchy from 31 December 2025: the deuxième grade.
/// </summary>
public static class StatutoryGradeReading
{
    /// <summary>The articles that use the words "second grade".</summary>
    public static IReadOnlyList<LegalReference> References { get; } =
        [LegalReference.UsmStatutes(12, 2), LegalReference.UsmInternalRules("3-2", 5), .. GradeReform.References];

    /// <summary>The grade the statutes' "second grade" designates on <paramref name="day"/>.</summary>
    /// <param name="day">The day of the reading (the day of the vote, of the candidacy…).</param>
    /// <param name="reading">The reading; <see cref="SecondGradeReading.EntryGrade"/> by default.</param>
    /// <returns>
    /// <see cref="Grade.FormerSecondGrade"/> before 31 December 2025; from then <see cref="Grade.FirstGrade"/> (entry grade)
    /// or <see cref="Grade.SecondGrade"/> (the deuxième grade, literal reading).
    /// </returns>
    public static Grade StatutorySecondGradeOn(LocalDate day, SecondGradeReading reading = SecondGradeReading.EntryGrade) =>
        Guard.Defined(reading) == SecondGradeReading.DeuxiemeGrade && GradeReform.Hierarchy.At(day) == GradeHierarchy.ThreeGrades
            ? Grade.SecondGrade
            : GradeReform.EntryGrade.At(day);

    /// <summary>Whether a grade, as recorded, is the statutes' "second grade" on <paramref name="day"/>.</summary>
    /// <param name="recorded">The grade as recorded, in either hierarchy.</param>
    /// <param name="day">The day of the reading.</param>
    /// <param name="reading">The reading; <see cref="SecondGradeReading.EntryGrade"/> by default.</param>
    /// <returns>True when the grade, read on that day, is the grade the words designate.</returns>
    /// <exception cref="ArgumentException">A grade of the three-grade hierarchy read before 31 December 2025.</exception>
    public static bool IsStatutorySecondGrade(Grade recorded, LocalDate day, SecondGradeReading reading = SecondGradeReading.EntryGrade) =>
        GradeReform.AsOf(recorded, day) == StatutorySecondGradeOn(day, reading);

    /// <summary>
    /// The council category of a member on <paramref name="day"/>: honorary magistrates; auditeurs and members of the
    /// statutory second grade; every other member. A member without a grade who is neither honorary nor an auditeur
    /// (a candidate in probationary training, a temporary magistrate) is an "other" magistrate: art. 12 reserves seats only
    /// for the grade and for auditeurs.
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="day">The day of the reading.</param>
    /// <param name="reading">The reading of "second grade"; <see cref="SecondGradeReading.EntryGrade"/> by default.</param>
    /// <returns>The category.</returns>
    public static CouncilCandidateCategory CategoryOf(UnionMember member, LocalDate day, SecondGradeReading reading = SecondGradeReading.EntryGrade)
    {
        Guard.NotNull(member);
        return member.Status switch
        {
            MemberStatus.HonoraryMagistrate => CouncilCandidateCategory.Honorary,
            MemberStatus.AuditeurDeJustice => CouncilCandidateCategory.EntryGradeOrAuditeur,
            _ when member.Grade is { } grade && IsStatutorySecondGrade(grade, day, reading) => CouncilCandidateCategory.EntryGradeOrAuditeur,
            _ => CouncilCandidateCategory.Other,
        };
    }
}
