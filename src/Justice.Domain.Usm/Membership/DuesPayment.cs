using System.Text.Json.Serialization;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary><i>Cotisation acquittée</i>: the yearly dues of one civil year, and the day they were paid (Statuts USM, art. 5, al. 2).</summary>
/// <param name="Year">The civil year the dues are for.</param>
/// <param name="PaidOn">The day of payment.</param>
public readonly record struct DuesPayment([property: JsonRequired] int Year, [property: JsonRequired] LocalDate PaidOn);
