using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Calcul de la majorité</i>: the tally, the base, the threshold and whether yes met it.</summary>
/// <param name="Tally">The ballots.</param>
/// <param name="Base">The base.</param>
/// <param name="BaseCount">Its size.</param>
/// <param name="Threshold">The threshold, in words.</param>
/// <param name="Required">The smallest yes count that meets it.</param>
/// <param name="Met">Whether yes met it.</param>
/// <param name="Reference">The article.</param>
public sealed record MajorityCheck(VoteTally Tally, MajorityBase Base, int BaseCount, string Threshold, long Required, bool Met, LegalReference? Reference);
