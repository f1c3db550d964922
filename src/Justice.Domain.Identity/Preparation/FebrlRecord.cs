using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
namespace Justice.Domain.Identity.Preparation;

/// <summary>
/// <i>Enregistrement FEBRL</i>: a record of the FEBRL benchmark (Freely Extensible Biomedical Record Linkage,
/// ANU): Australian synthetic persons with an address and a social-security id, used to measure the engine
/// against the literature. Not a civil-status record.
/// </summary>
/// <param name="Id">The record id (rec-N-org, rec-N-dup-K).</param>
/// <param name="GivenName">Given name.</param>
/// <param name="Surname">Surname.</param>
/// <param name="StreetNumber">Street number.</param>
/// <param name="Address1">Address line 1.</param>
/// <param name="Address2">Address line 2.</param>
/// <param name="Suburb">Suburb.</param>
/// <param name="Postcode">Postcode.</param>
/// <param name="State">State.</param>
/// <param name="DateOfBirth">Date of birth, YYYYMMDD (sometimes malformed on purpose).</param>
/// <param name="SocialSecurityId">Social security id.</param>
public sealed record FebrlRecord(
    string Id,
    string? GivenName,
    string? Surname,
    string? StreetNumber,
    string? Address1,
    string? Address2,
    string? Suburb,
    string? Postcode,
    string? State,
    string? DateOfBirth,
    string? SocialSecurityId);
