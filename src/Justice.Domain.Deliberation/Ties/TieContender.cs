namespace Justice.Domain.Deliberation.Ties;

/// <summary><i>Ex aequo</i>: a list or candidate in a tie, with its votes (used by <see cref="TieBreakKind.MostVotes"/>).</summary>
/// <param name="Name">The contender's unique name.</param>
/// <param name="Votes">Its votes.</param>
public readonly record struct TieContender(string Name, long Votes);
