using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Qualité d'électeur</i>: whether a magistrate votes in the 1° election, and the rule that decided.</summary>
/// <param name="Elector">The name.</param>
/// <param name="MayVote">True when the magistrate is an elector.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Reference">The rule.</param>
public sealed record ElectorDecision(string Elector, bool MayVote, string Reason, LegalReference Reference);
