using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Assembly;

/// <summary><i>Feuille de présence</i>: one person present at the assembly, with the birth date and whether a regional delegate.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="BirthDate">The birth date (RI USM, art. 3-5: the oldest and the youngest delegates).</param>
/// <param name="IsRegionalDelegate">Whether the member is a regional delegate.</param>
public sealed record AttendanceEntry(string MemberId, LocalDate BirthDate, bool IsRegionalDelegate)
{
    /// <summary>The member.</summary>
    public string MemberId { get; init; } = Guard.NotBlank(MemberId);
}
