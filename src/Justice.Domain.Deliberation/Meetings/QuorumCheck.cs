using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Vérification du quorum</i>: the base, who counted, the threshold, and whether it was met or waived.</summary>
/// <param name="Base">The base.</param>
/// <param name="BaseCount">How many members make the base.</param>
/// <param name="Counting">Who counted.</param>
/// <param name="Counted">How many of the base counted.</param>
/// <param name="Threshold">The threshold, in words.</param>
/// <param name="Required">The smallest count that meets it.</param>
/// <param name="Met">Whether the meeting may deliberate.</param>
/// <param name="Waived">True when met only because the meeting is a reconvened one.</param>
/// <param name="Reference">The article applied.</param>
public sealed record QuorumCheck(QuorumBase Base, int BaseCount, QuorumCounting Counting, int Counted, string Threshold, long Required, bool Met, bool Waived, LegalReference? Reference);
