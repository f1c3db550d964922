using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Cav.Composition;

/// <summary>
/// <i>Formation</i>: what the commission does in one of its formations, who chairs it, the limits of its
/// powers, and what our texts leave unsaid.
/// </summary>
/// <param name="Formation">The formation.</param>
/// <param name="Remit">What it does, in words.</param>
/// <param name="Chair">Who chairs it, or null when no text we hold says.</param>
/// <param name="ViceChair">Who is vice-chair, or null when no text we hold says.</param>
/// <param name="Limits">Limits of its powers stated by the sources ("cannot annul or change the evaluation").</param>
/// <param name="Gaps">What the texts we hold do not say, with the missing text.</param>
/// <param name="References">The articles.</param>
public sealed record CavFormationRules(
    CavFormation Formation,
    string Remit,
    string? Chair,
    string? ViceChair,
    ImmutableArray<string> Limits,
    ImmutableArray<string> Gaps,
    ImmutableArray<LegalReference> References);
