namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Section du tableau d'avancement au troisième grade</i> (Décret 2025-1032): the tableau for the troisième grade has
/// two sections, one for the magistrates eligible to the functions of art. 4, I, 6° to 9°, one for the magistrates of
/// "valeur professionnelle exceptionnelle" (legal notes § 4). Who belongs to each is the evaluating authorities' and the
/// commission's judgment; the package checks that each inscription names one of them.
/// </summary>
public enum ThirdGradeTableauSection
{
    /// <summary>Magistrates eligible to the functions of art. 4, I, 6° to 9°.</summary>
    FunctionsOfArticle4 = 0,

    /// <summary>Magistrates of <i>valeur professionnelle exceptionnelle</i>.</summary>
    ExceptionalProfessionalValue = 1,
}
