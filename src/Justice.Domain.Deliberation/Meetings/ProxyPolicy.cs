using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Régime des mandats</i>: whether proxies are admitted (and by which article), and the rules they must meet.
/// </summary>
public sealed record ProxyPolicy
{
    private ProxyPolicy(bool admitted, LegalReference? reference, ImmutableArray<ProxyRule> rules)
    {
        Admitted = admitted;
        Reference = reference;
        Rules = rules;
    }

    /// <summary>No proxy is admitted: every proxy is excluded.</summary>
    public static ProxyPolicy NotAdmitted { get; } = new(false, null, []);

    /// <summary>Whether proxies are admitted.</summary>
    public bool Admitted { get; }

    /// <summary>The article that admits proxies (cited by the structural rules), or null.</summary>
    public LegalReference? Reference { get; }

    /// <summary>The rules every proxy must meet, applied in order.</summary>
    public ImmutableArray<ProxyRule> Rules { get; }

    /// <summary>Proxies are admitted by <paramref name="reference"/>, under <paramref name="rules"/> (no rule: no cap).</summary>
    /// <param name="reference">The article admitting proxies.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The policy.</returns>
    public static ProxyPolicy AdmittedBy(LegalReference? reference, params ProxyRule[] rules) => new(true, reference, [.. Guard.NoNullElements(rules)]);
}
