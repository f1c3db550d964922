namespace Justice.Domain.Core;

/// <summary>
/// <i>Hiérarchie du corps judiciaire</i>: the grading system a <see cref="Grade"/> belongs to.
/// </summary>
public enum GradeHierarchy
{
    /// <summary>
    /// <i>Hiérarchie antérieure</i>: second grade, premier grade and <i>hors hiérarchie</i>, in force until
    /// the reform (Ord. 58-1270, former art. 2).
    /// </summary>
    BeforeReform = 0,

    /// <summary>
    /// <i>Trois grades</i>: premier, deuxième and troisième grade, from 31 December 2025
    /// (LO 2023-1058, art. 3; Décret 2025-1032).
    /// </summary>
    ThreeGrades = 1,
}
