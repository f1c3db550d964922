using System.Text.Json.Serialization;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Elections;

/// <summary><i>Déclaration de candidature</i> to the bureau national, with the moment it was declared (Paris time).</summary>
/// <param name="MemberId">The candidate.</param>
/// <param name="Office">The office sought.</param>
/// <param name="DeclaredAt">When the candidacy was declared, local time in Europe/Paris.</param>
public sealed record Candidacy(string MemberId, ElectiveOffice Office, [property: JsonRequired] LocalDateTime DeclaredAt)
{
    /// <summary>The candidate.</summary>
    public string MemberId { get; init; } = Guard.NotBlank(MemberId);

    /// <summary>The office.</summary>
    public ElectiveOffice Office { get; init; } = Guard.Defined(Office);
}
