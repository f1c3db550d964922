using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Électeur</i>: a magistrate as the electorate rule of the 1° election sees him or her.</summary>
/// <param name="Name">The name.</param>
/// <param name="Position">The administrative position.</param>
/// <param name="Grade">The grade, in either hierarchy (a former grade is reclassified into the three grades); null for a person without a grade, whose <paramref name="WithoutGrade"/> then says why.</param>
/// <param name="OnLongSickLeave">On <i>congé de longue maladie</i> or <i>de longue durée</i>.</param>
/// <param name="TemporarilyBarred">Under an <i>interdiction temporaire</i> of office.</param>
/// <param name="SitsUnder2To4">A member of the commission elected under art. 10-1-1, II, 2° to 4°.</param>
/// <param name="WithoutGrade">For a person without a grade, the status (auditeur de justice, magistrat à titre temporaire…); null for a magistrate with a grade.</param>
public sealed record Elector(
    string Name,
    AdministrativePosition Position,
    Grade? Grade,
    bool OnLongSickLeave = false,
    bool TemporarilyBarred = false,
    bool SitsUnder2To4 = false,
    StatusWithoutGrade? WithoutGrade = null)
{
    /// <summary>The name.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);

    /// <summary>The administrative position.</summary>
    public AdministrativePosition Position { get; init; } = Guard.Defined(Position);

    /// <summary>The grade, or null for a person without a grade.</summary>
    /// <exception cref="ArgumentException">Both a grade and a status without grade, or neither; the message names the elector.</exception>
    public Grade? Grade { get; init; } = (Grade is null) != (WithoutGrade is null)
        ? Grade
        : throw new ArgumentException(
            "elector '" + Name + "' has " + (Grade is null ? "neither a grade nor a status without grade" : "both a grade and a status without grade")
            + "; give the grade (premier, deuxième or troisième, or a former grade) or, for a person outside the grades, the status.",
            nameof(Grade));

    /// <summary>The status of a person without a grade, or null.</summary>
    public StatusWithoutGrade? WithoutGrade { get; init; } = WithoutGrade is { } status ? Guard.Defined(status, nameof(WithoutGrade)) : null;
}
