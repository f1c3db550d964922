namespace Justice.Domain.Usm.Assembly;

/// <summary><i>Contrôle du mandat</i>: whether a proxy is accepted, and if not, the rule and the article.</summary>
/// <param name="Giver">The giver.</param>
/// <param name="Holder">The holder.</param>
/// <param name="Accepted">True when accepted.</param>
/// <param name="Rule">The rule that rejected it, or null.</param>
/// <param name="Reason">Why it was rejected, or null.</param>
/// <param name="Reference">The article, as cited, or null.</param>
public sealed record ProxyVerdict(string Giver, string Holder, bool Accepted, string? Rule, string? Reason, string? Reference);
