using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Explanations;

/// <summary>
/// <i>Motif</i>: one line of the explanation of an outcome: which rule was applied, what it found, and the article
/// that states it (null where the engine applies plain arithmetic that no text states, such as summing the seats).
/// </summary>
/// <param name="Rule">The rule applied, in a few words ("quorum", "majority", "tie: drawing of lots").</param>
/// <param name="Detail">What the rule found, with the numbers ("14 of 26 present or represented; more than half needed: met").</param>
/// <param name="Reference">The article that states the rule, or null.</param>
public sealed record ExplanationLine(string Rule, string Detail, LegalReference? Reference = null)
{
    /// <summary>Formats the line as "rule: detail (reference)".</summary>
    /// <returns>The line as text.</returns>
    public override string ToString() =>
        Reference is null ? Rule + ": " + Detail : Rule + ": " + Detail + " (" + Reference + ")";
}
