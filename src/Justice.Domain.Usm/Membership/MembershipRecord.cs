using System.Text.Json.Serialization;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Fiche d'adhérent</i>: the dated events that decide whether a person is a member on a given day (Statuts USM,
/// art. 5 and 6): joining, dues paid, and the events that end membership.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="JoinedOn">The day of joining.</param>
/// <param name="Dues">The dues paid, any order.</param>
/// <param name="ResignedOn">The day the resignation was notified (art. 6 a), if any.</param>
/// <param name="JoinedAnotherUnionOn">The day the member joined another union of judicial magistrates (art. 6 b), if any.</param>
/// <param name="ExcludedOn">The day the national council's exclusion was pronounced (art. 6 d), if any.</param>
public sealed record MembershipRecord(
    string MemberId,
    [property: JsonRequired] LocalDate JoinedOn,
    IReadOnlyList<DuesPayment> Dues,
    LocalDate? ResignedOn = null,
    LocalDate? JoinedAnotherUnionOn = null,
    LocalDate? ExcludedOn = null)
{
    /// <summary>The member.</summary>
    public string MemberId { get; init; } = Guard.NotBlank(MemberId);

    /// <summary>The dues paid.</summary>
    public IReadOnlyList<DuesPayment> Dues { get; init; } = Guard.NotNull(Dues);
}
