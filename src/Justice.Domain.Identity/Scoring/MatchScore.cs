namespace Justice.Domain.Identity.Scoring;

/// <summary><i>Score d'une paire</i>: match weight (bits), probability and band, computed without allocation.</summary>
/// <param name="Weight">The match weight log2 of the odds.</param>
/// <param name="Probability">The match probability.</param>
/// <param name="Band">The decision band.</param>
public readonly record struct MatchScore(double Weight, double Probability, MatchBand Band);
