using Justice.Domain.Core;

namespace Justice.Domain.Cav.Representativeness;

/// <summary><i>Représentativité</i>: whether a union is representative, and by which branch of the rule.</summary>
/// <param name="Union">The union.</param>
/// <param name="IsRepresentative">True when representative.</param>
/// <param name="Reason">Why, with the figures.</param>
/// <param name="Reference">The rule.</param>
public sealed record RepresentativenessDecision(string Union, bool IsRepresentative, string Reason, LegalReference Reference);
