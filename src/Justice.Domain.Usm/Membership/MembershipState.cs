using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Qualité d'adhérent</i> on a given day: a member or not, since when it was lost and why, and whether the member
/// is up to date with the dues of the year (<i>à jour de sa cotisation</i>).
/// </summary>
/// <param name="On">The day the state describes.</param>
/// <param name="IsMember">Whether the person is a member that day.</param>
/// <param name="IsUpToDate">Whether the dues of that civil year were paid on or before that day (art. 5, al. 2; RI 3-3).</param>
/// <param name="LostOn">The day membership was lost, if it was.</param>
/// <param name="LossCause">Why it was lost, if it was.</param>
/// <param name="Reason">The explanation in words.</param>
/// <param name="Reference">The article that decides.</param>
public sealed record MembershipState(
    LocalDate On,
    bool IsMember,
    bool IsUpToDate,
    LocalDate? LostOn,
    MembershipLossCause? LossCause,
    string Reason,
    LegalReference Reference);
