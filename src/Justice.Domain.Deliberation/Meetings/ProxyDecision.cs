using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Vérification d'un mandat</i>: whether a proxy counts, and when it does not, the rule that excludes it,
/// why, and the article. An invalid proxy is never dropped silently.
/// </summary>
/// <param name="Proxy">The proxy.</param>
/// <param name="Accepted">True when the proxy counts.</param>
/// <param name="Rule">The rule that rejected it ("cap per holder"), or null when accepted.</param>
/// <param name="Reason">Why, naming the members, or null when accepted.</param>
/// <param name="Reference">The article, or null.</param>
public sealed record ProxyDecision(Proxy Proxy, bool Accepted, string? Rule, string? Reason, LegalReference? Reference);
