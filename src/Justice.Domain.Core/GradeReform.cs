using NodaTime;

namespace Justice.Domain.Core;

/// <summary>
/// <i>Réforme des grades</i>: the passage from the former hierarchy (second grade, premier grade, hors hiérarchie)
/// to three grades on 31 December 2025 (LO 2023-1058, art. 3; Décret 2025-1032; legal notes § 4).
/// </summary>
public static class GradeReform
{
    /// <summary>31 December 2025: the reclassification takes effect and the premier grade becomes the entry grade.</summary>
    public static LocalDate EffectiveDate { get; } = new(2025, 12, 31);

    /// <summary>The legal basis of the reform.</summary>
    public static IReadOnlyList<LegalReference> References { get; } =
    [
        LegalReference.Article(LegalText.OrganicLaw2023_1058, "3"),
        LegalReference.Article(LegalText.Decree2025_1032, "32"),
    ];

    /// <summary>The hierarchy in force by date: the former one until 30 December 2025, three grades from 31 December 2025.</summary>
    public static DateVersioned<GradeHierarchy> Hierarchy { get; } = DateVersioned.Create(
        "grade hierarchy",
        (new LocalDate(1958, 12, 22), GradeHierarchy.BeforeReform),
        (EffectiveDate, GradeHierarchy.ThreeGrades));

    /// <summary>The entry grade by date: <i>second grade</i> before the reform, <i>premier grade</i> from 31 December 2025.</summary>
    public static DateVersioned<Grade> EntryGrade { get; } = DateVersioned.Create(
        "entry grade",
        (new LocalDate(1958, 12, 22), Grade.FormerSecondGrade),
        (EffectiveDate, Grade.FirstGrade));

    /// <summary>
    /// Reads a grade as it stands on <paramref name="date"/>: a former grade on or after 31 December 2025 is
    /// reclassified; a grade of the right hierarchy is returned unchanged.
    /// </summary>
    /// <param name="grade">The grade, as recorded.</param>
    /// <param name="date">The date at which it is read.</param>
    /// <returns>The grade in the hierarchy in force on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException">A grade of the three-grade hierarchy read at a date before the reform.</exception>
    public static Grade AsOf(Grade grade, LocalDate date)
    {
        var hierarchy = Hierarchy.At(date);
        if (hierarchy == GradeHierarchy.ThreeGrades)
        {
            return grade.Reclassified;
        }

        if (!grade.IsFormer)
        {
            throw new ArgumentException(
                "grade " + grade.Code + " does not exist on " + NodaTime.Text.LocalDatePattern.Iso.Format(date) +
                ": the three grades exist from " + NodaTime.Text.LocalDatePattern.Iso.Format(EffectiveDate) + ".",
                nameof(grade));
        }

        return grade;
    }
}
