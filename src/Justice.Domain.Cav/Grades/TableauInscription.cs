using Justice.Domain.Core;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Inscription au tableau d'avancement</i>: a magistrate inscribed on the tableau of a grade, and for the troisième grade the section.</summary>
/// <param name="Name">The magistrate.</param>
/// <param name="Target">The grade of the tableau: the deuxième or the troisième grade.</param>
/// <param name="Section">The section of the troisième-grade tableau; null on the deuxième-grade tableau, which has none.</param>
public sealed record TableauInscription(string Name, Grade Target, ThirdGradeTableauSection? Section = null)
{
    /// <summary>The magistrate.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);
}
