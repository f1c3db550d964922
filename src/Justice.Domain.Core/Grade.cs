using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;

namespace Justice.Domain.Core;

/// <summary>
/// <i>Grade</i> of a magistrate, in either hierarchy: before the reform (<i>second grade</i>,
/// <i>premier grade</i>, <i>hors hiérarchie</i>) or after it (<i>premier</i>, <i>deuxième</i>,
/// <i>troisième grade</i>). <see cref="Level"/> orders grades within a hierarchy (1 = entry grade).
/// </summary>
/// <remarks>
/// The reclassification of 31 December 2025 maps each former grade to the new grade of the same level:
/// <i>second grade</i> → <i>premier grade</i>, <i>premier grade</i> → <i>deuxième grade</i>,
/// <i>hors hiérarchie</i> → <i>troisième grade</i> (LO 2023-1058, art. 3). See <see cref="Reclassified"/> and
/// <see cref="GradeReform"/>.
/// </remarks>
[JsonConverter(typeof(GradeJsonConverter))]
public readonly record struct Grade : IComparable<Grade>
{
    private Grade(GradeHierarchy hierarchy, int level)
    {
        Hierarchy = hierarchy;
        Level = level;
    }

    /// <summary><i>Second grade</i> (former hierarchy; the former entry grade, including the provisional second grade).</summary>
    public static Grade FormerSecondGrade { get; } = new(GradeHierarchy.BeforeReform, 1);

    /// <summary><i>Premier grade</i> of the former hierarchy.</summary>
    public static Grade FormerFirstGrade { get; } = new(GradeHierarchy.BeforeReform, 2);

    /// <summary><i>Hors hiérarchie</i> (former hierarchy).</summary>
    public static Grade FormerHorsHierarchie { get; } = new(GradeHierarchy.BeforeReform, 3);

    /// <summary><i>Premier grade</i> of the three-grade hierarchy: the entry grade from 31 December 2025.</summary>
    public static Grade FirstGrade { get; } = new(GradeHierarchy.ThreeGrades, 1);

    /// <summary><i>Deuxième grade</i> of the three-grade hierarchy.</summary>
    public static Grade SecondGrade { get; } = new(GradeHierarchy.ThreeGrades, 2);

    /// <summary><i>Troisième grade</i> of the three-grade hierarchy.</summary>
    public static Grade ThirdGrade { get; } = new(GradeHierarchy.ThreeGrades, 3);

    /// <summary>All six grades: the former hierarchy, then the new one, each from the entry grade up.</summary>
    public static IReadOnlyList<Grade> All { get; } =
        [FormerSecondGrade, FormerFirstGrade, FormerHorsHierarchie, FirstGrade, SecondGrade, ThirdGrade];

    /// <summary>The hierarchy the grade belongs to.</summary>
    public GradeHierarchy Hierarchy { get; }

    /// <summary>The rank within the hierarchy, 1 (entry grade) to 3.</summary>
    public int Level { get; }

    /// <summary>True for the grades of the former hierarchy.</summary>
    public bool IsFormer => Hierarchy == GradeHierarchy.BeforeReform;

    /// <summary>The stable identifier used in JSON and on the command line ("FormerSecondGrade", "ThirdGrade"…).</summary>
    public string Code => (Hierarchy, Level) switch
    {
        (GradeHierarchy.BeforeReform, 1) => nameof(FormerSecondGrade),
        (GradeHierarchy.BeforeReform, 2) => nameof(FormerFirstGrade),
        (GradeHierarchy.BeforeReform, 3) => nameof(FormerHorsHierarchie),
        (GradeHierarchy.ThreeGrades, 1) => nameof(FirstGrade),
        (GradeHierarchy.ThreeGrades, 2) => nameof(SecondGrade),
        _ => nameof(ThirdGrade),
    };

    /// <summary>The French name as the texts write it ("second grade", "hors hiérarchie", "troisième grade").</summary>
    public string FrenchName => (Hierarchy, Level) switch
    {
        (GradeHierarchy.BeforeReform, 1) => "second grade",
        (GradeHierarchy.BeforeReform, 2) => "premier grade (ancienne hiérarchie)",
        (GradeHierarchy.BeforeReform, 3) => "hors hiérarchie",
        (GradeHierarchy.ThreeGrades, 1) => "premier grade",
        (GradeHierarchy.ThreeGrades, 2) => "deuxième grade",
        _ => "troisième grade",
    };

    /// <summary>
    /// The grade after the reclassification of 31 December 2025: a former grade becomes the new grade of the
    /// same level; a grade of the new hierarchy is returned unchanged (LO 2023-1058, art. 3).
    /// </summary>
    public Grade Reclassified => IsFormer ? new Grade(GradeHierarchy.ThreeGrades, Level) : this;

    /// <summary>The legal basis of the reclassification.</summary>
    public static LegalReference ReclassificationReference { get; } = LegalReference.Article(LegalText.OrganicLaw2023_1058, "3");

    /// <summary>Parses a <see cref="Code"/> or a French name ("hors hiérarchie", "troisième", "premier"), case-insensitively.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hierarchy">Which hierarchy an ambiguous French name ("premier") is read in.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentException">The text names no grade.</exception>
    public static Grade Parse(string text, GradeHierarchy hierarchy = GradeHierarchy.ThreeGrades)
    {
        if (TryParse(text, hierarchy, out var grade))
        {
            return grade;
        }

        throw new ArgumentException(
            "text '" + text + "' is not a grade; expected one of " + string.Join(", ", All.Select(g => g.Code)) +
            " or a French name (premier, deuxième, troisième, second, hors hiérarchie).",
            nameof(text));
    }

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hierarchy">Which hierarchy an ambiguous French name is read in.</param>
    /// <param name="grade">The grade, when found.</param>
    /// <returns>True when the text names a grade.</returns>
    public static bool TryParse(string? text, GradeHierarchy hierarchy, out Grade grade)
    {
        grade = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        foreach (var g in All)
        {
            if (string.Equals(g.Code, t, StringComparison.OrdinalIgnoreCase))
            {
                grade = g;
                return true;
            }
        }

        var key = t.ToLowerInvariant().Replace(" grade", string.Empty, StringComparison.Ordinal).Replace('è', 'e').Replace('é', 'e').Trim();
        grade = (key, hierarchy) switch
        {
            ("hors hierarchie" or "hh", _) => FormerHorsHierarchie,
            ("second", _) => FormerSecondGrade,
            ("premier" or "1", GradeHierarchy.BeforeReform) => FormerFirstGrade,
            ("premier" or "1", _) => FirstGrade,
            ("deuxieme" or "2", _) => SecondGrade,
            ("troisieme" or "3", _) => ThirdGrade,
            _ => default,
        };
        return grade.Level != 0;
    }

    /// <summary>Orders grades of the same hierarchy by level.</summary>
    /// <param name="other">The other grade.</param>
    /// <returns>The comparison of levels.</returns>
    /// <exception cref="ArgumentException">The grades belong to different hierarchies: reclassify first.</exception>
    public int CompareTo(Grade other)
    {
        if (other.Hierarchy != Hierarchy)
        {
            throw new ArgumentException(
                "other is a grade of another hierarchy (" + other.Code + " vs " + Code + "); compare Reclassified grades instead.",
                nameof(other));
        }

        return Level.CompareTo(other.Level);
    }

    /// <summary>Returns the French name.</summary>
    /// <returns>The French name.</returns>
    public override string ToString() => FrenchName;
}
