using Justice.Domain.Core;

namespace Justice.Domain.Usm;

/// <summary>
/// <i>Décision de la règle</i>: a yes/no answer of one rule of the USM texts, with its reason and the article that gives it.
/// </summary>
/// <param name="Allowed">The answer.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Reference">The article applied.</param>
public sealed record RuleVerdict(bool Allowed, string Reason, LegalReference Reference)
{
    /// <summary>A positive answer.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="reference">The article.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict Yes(string reason, LegalReference reference) => new(true, reason, reference);

    /// <summary>A negative answer.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="reference">The article.</param>
    /// <returns>The verdict.</returns>
    public static RuleVerdict No(string reason, LegalReference reference) => new(false, reason, reference);

    /// <summary>Returns "yes|no: reason (reference)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Allowed ? "yes: " : "no: ") + Reason + " (" + Reference + ")";
}
