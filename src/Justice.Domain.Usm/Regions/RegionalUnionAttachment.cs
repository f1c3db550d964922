using Justice.Domain.Core;

namespace Justice.Domain.Usm.Regions;

/// <summary>
/// <i>Rattachement à une union régionale</i>: the union a member belongs to under Statuts USM, art. 18, with the
/// paragraph that decides it, or no union when art. 18 attaches none to the member's position.
/// </summary>
/// <param name="Union">The union, or null when the statutes attach none.</param>
/// <param name="Reasons">Why, in words.</param>
/// <param name="References">The paragraphs applied.</param>
public sealed record RegionalUnionAttachment(RegionalUnion? Union, string Reasons, IReadOnlyList<LegalReference> References)
{
    /// <summary>True when the statutes attach the member to a union.</summary>
    public bool IsAttached => Union is not null;
}
