using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Paire évaluée</i>: two record ids with their weight, probability and band.</summary>
/// <param name="LeftId">First id.</param>
/// <param name="RightId">Second id.</param>
/// <param name="Weight">Match weight (bits).</param>
/// <param name="Probability">Match probability.</param>
/// <param name="Band">Decision band.</param>
public sealed record ScoredPair(string LeftId, string RightId, double Weight, double Probability, MatchBand Band);
