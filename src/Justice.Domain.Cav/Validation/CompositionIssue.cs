using Justice.Domain.Core;

namespace Justice.Domain.Cav.Validation;

/// <summary><i>Irrégularité</i>: one defect of a composition, the seat and member it concerns, and the rule it breaks.</summary>
/// <param name="Kind">The kind of defect.</param>
/// <param name="SeatCode">The seat concerned.</param>
/// <param name="Member">The member concerned, or null for a missing seat.</param>
/// <param name="Message">What is wrong, naming the seat, the member and the rule.</param>
/// <param name="Reference">The rule.</param>
public sealed record CompositionIssue(CompositionIssueKind Kind, string SeatCode, string? Member, string Message, LegalReference Reference);
