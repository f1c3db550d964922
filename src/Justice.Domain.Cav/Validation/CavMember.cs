using System.Collections.Immutable;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;

namespace Justice.Domain.Cav.Validation;

/// <summary>
/// <i>Membre de la commission</i>: a person in office at the commission, with the seat held, function, grade,
/// current mandate and history, as the <see cref="CompositionValidator"/> needs them.
/// </summary>
/// <param name="Name">The member's name.</param>
/// <param name="SeatCode">The code of the seat held (<see cref="CavSeat.Code"/>).</param>
/// <param name="Membership">Titular, alternate or ex officio.</param>
/// <param name="Function">The function held.</param>
/// <param name="Grade">The grade as recorded (a former grade is read through <see cref="GradeReform.AsOf"/>).</param>
/// <param name="Mandate">The current mandate (elected members), or null (ex officio members).</param>
public sealed record CavMember(string Name, string SeatCode, CavMembership Membership, JudicialFunction Function, Grade Grade, CavMandate? Mandate)
{
    /// <summary>The member's name.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);

    /// <summary>The code of the seat held.</summary>
    public string SeatCode { get; init; } = Guard.NotBlank(SeatCode);

    /// <summary>Titular, alternate or ex officio.</summary>
    public CavMembership Membership { get; init; } = Guard.Defined(Membership);

    /// <summary>The function held.</summary>
    public JudicialFunction Function { get; init; } = Guard.Defined(Function);

    /// <summary>The grade as recorded.</summary>
    public Grade Grade { get; init; } = Invariant.KnownGrade(Grade, nameof(Grade));

    /// <summary>Whether the member is a magistrate (matters for the former DSJ representative).</summary>
    public bool IsMagistrate { get; init; } = true;

    /// <summary>Earlier mandates at the commission (no null element).</summary>
    public ImmutableArray<CavMandate> PreviousMandates
    {
        get;
        init => field = value.IsDefault ? [] : [.. Guard.NoNullElements(value, nameof(PreviousMandates) + " of member '" + Name + "'")];
    } = [];

    /// <summary>Promotions in grade, any date, each to one of the grades.</summary>
    public ImmutableArray<GradePromotion> Promotions
    {
        get;
        init => field = value.IsDefault ? [] : [.. value.Select(p => p with { To = Invariant.KnownGrade(p.To, "grade of a promotion of member '" + Name + "'") })];
    } = [];
}
