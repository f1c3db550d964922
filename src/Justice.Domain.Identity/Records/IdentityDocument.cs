namespace Justice.Domain.Identity.Records;

/// <summary><i>Pièce d'identité</i>: the identity document presented (CPP, art. R15-33-66-6): number, date, issuing authority, city and country of issue.</summary>
/// <param name="Number">The document number.</param>
/// <param name="IssueDate">The date of issue, when known.</param>
/// <param name="Authority">The issuing authority.</param>
/// <param name="IssueCity">The city of issue.</param>
/// <param name="IssueCountry">The country of issue.</param>
public sealed record IdentityDocument(string? Number, PartialDate? IssueDate, string? Authority, string? IssueCity, string? IssueCountry);
