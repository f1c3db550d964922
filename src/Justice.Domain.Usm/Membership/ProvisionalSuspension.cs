using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Suspension provisoire</i>: in an emergency the bureau, by two thirds, may suspend a member (Statuts USM, art. 7)
/// or a local officer (RI USM, art. 1-5); the suspension lasts at the latest until the next useful meeting of the
/// national council. The vote is a decision of the catalogue; this type holds the dates.
/// </summary>
/// <param name="SubjectId">The member suspended.</param>
/// <param name="DecidedOn">The day of the bureau's decision.</param>
/// <param name="NextUsefulCouncilMeeting">The next useful meeting of the national council.</param>
/// <param name="OfLocalFunctions">True for a suspension of local functions (RI art. 1-5), false for a member's rights (art. 7).</param>
public sealed record ProvisionalSuspension(string SubjectId, LocalDate DecidedOn, LocalDate NextUsefulCouncilMeeting, bool OfLocalFunctions)
{
    /// <summary>The member suspended.</summary>
    public string SubjectId { get; init; } = Guard.NotBlank(SubjectId);

    /// <summary>The article that governs the suspension.</summary>
    public LegalReference Reference => OfLocalFunctions ? LegalReference.UsmInternalRules("1-5") : LegalReference.UsmStatutes(7);

    /// <summary>
    /// Whether the suspension is in force on <paramref name="day"/>: from the decision until the next useful council meeting
    /// ("au plus tard jusqu'à la prochaine réunion utile du conseil national"); the council, meeting that day, decides what follows.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>True while suspended.</returns>
    public bool InForceOn(LocalDate day) => day >= DecidedOn && day < NextUsefulCouncilMeeting;
}
