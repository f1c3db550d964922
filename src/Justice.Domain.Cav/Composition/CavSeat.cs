using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Cav.Composition;

/// <summary>
/// <i>Siège à la commission d'avancement</i>: one line of the composition, its number of titular members, how
/// they come to sit, who may hold it and the article that says so.
/// </summary>
/// <param name="Code">A stable code ("II-4-siege", "35-courts-first"), used by members to say which seat they hold.</param>
/// <param name="FrenchTitle">The seat as the text describes it.</param>
/// <param name="Titulars">The number of titular members.</param>
/// <param name="Designation">Ex officio or elected.</param>
/// <param name="EligibleFunctions">The functions that may hold the seat; empty when the text sets no function condition.</param>
/// <param name="RequiredGrade">The grade the holder must have, as the text states it (read with <see cref="GradeReform.AsOf"/>), or null.</param>
/// <param name="RepresentativeMustBeMagistrate">Whether a <see cref="JudicialFunction.DirectorRepresentative"/> on this seat must be a magistrate.</param>
/// <param name="Electorate">Who elects the holders (or, for ex officio seats, why they sit).</param>
/// <param name="Reference">The article.</param>
public sealed record CavSeat(
    string Code,
    string FrenchTitle,
    int Titulars,
    CavSeatDesignation Designation,
    ImmutableArray<JudicialFunction> EligibleFunctions,
    Grade? RequiredGrade,
    bool RepresentativeMustBeMagistrate,
    string Electorate,
    LegalReference Reference)
{
    /// <summary>The seat's code.</summary>
    public string Code { get; init; } = Guard.NotBlank(Code);

    /// <summary>The seat as the text describes it.</summary>
    public string FrenchTitle { get; init; } = Guard.NotBlank(FrenchTitle);

    /// <summary>The number of titular members, 1 or more.</summary>
    public int Titulars { get; init; } = Guard.Positive(Titulars);

    /// <summary>The article.</summary>
    public LegalReference Reference { get; init; } = Guard.NotNull(Reference);

    /// <summary>Whether each titular has an alternate: true for elected seats.</summary>
    public bool HasAlternates => Designation == CavSeatDesignation.Elected;

    /// <summary>Whether <paramref name="function"/> may hold the seat.</summary>
    /// <param name="function">The function.</param>
    /// <returns>True when the seat sets no function condition or lists the function.</returns>
    public bool Admits(JudicialFunction function) => EligibleFunctions.IsDefaultOrEmpty || EligibleFunctions.Contains(function);
}
