using System.Text.Json.Serialization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Regions;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Adhérent</i>: a member of the USM as the rules need it: identity, birth date (for the polling bureau,
/// RI USM, art. 3-5), position (art. 4 and 18), grade (art. 12) and the court that attaches the member to a union.
/// </summary>
/// <param name="Id">A stable identifier, unique within a scenario.</param>
/// <param name="Name">The name, as the candidate lists print it (RI USM, art. 3-1).</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="Status">The statutory position.</param>
/// <param name="Grade">The grade as recorded (either hierarchy), or null for those without one (auditeurs, honorary…).</param>
/// <param name="Court">
/// The court that places the member: the jurisdiction's cour d'appel for those in function, the administrative residence
/// for a livre foncier judge, the domicile for an honorary magistrate attached by domicile. Null where art. 18 needs none.
/// </param>
/// <param name="HonoraryBasis">For an honorary magistrate: which place decides the union (art. 18, al. 5).</param>
/// <param name="LastJurisdictionCourt">For an honorary magistrate: the cour d'appel of the last (or current) jurisdiction.</param>
public sealed record UnionMember(
    string Id,
    string Name,
    [property: JsonRequired] LocalDate BirthDate,
    MemberStatus Status,
    Grade? Grade = null,
    CourtOfAppeal? Court = null,
    HonoraryAttachmentBasis? HonoraryBasis = null,
    CourtOfAppeal? LastJurisdictionCourt = null)
{
    /// <summary>The identifier.</summary>
    public string Id { get; init; } = Guard.NotBlank(Id);

    /// <summary>The name.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);

    /// <summary>The position.</summary>
    public MemberStatus Status { get; init; } = Guard.Defined(Status);

    /// <summary>Returns "Name (Id)".</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Name + " (" + Id + ")";
}
