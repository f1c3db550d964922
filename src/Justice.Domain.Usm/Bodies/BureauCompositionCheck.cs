using Justice.Domain.Core;

namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Contrôle de la composition du bureau</i>: whether a bureau satisfies Statuts USM, art. 16, and why not.</summary>
/// <param name="IsValid">True when every rule is met (or excused for want of candidates).</param>
/// <param name="DistinctOtherCourts">The cours d'appel other than Paris and Versailles represented on the bureau.</param>
/// <param name="GeographicRuleExcused">True when the three-courts rule is not met but excused: "sauf défaut de candidature".</param>
/// <param name="Problems">The rules broken, each citing its paragraph.</param>
public sealed record BureauCompositionCheck(
    bool IsValid,
    IReadOnlyList<string> DistinctOtherCourts,
    bool GeographicRuleExcused,
    IReadOnlyList<RuleVerdict> Problems);
