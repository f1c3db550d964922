using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Usm.Elections;

/// <summary><i>Tour de scrutin</i> of the CSM list ordering: the vote, the position at stake, and the engine's outcome or why the vote was not held.</summary>
/// <param name="Vote">The vote.</param>
/// <param name="Position">The position at stake (1-based), or null when the vote was not held.</param>
/// <param name="Outcome">The engine's decision, or null when the vote was not held.</param>
/// <param name="NotHeldReason">Why the vote was not held (candidate already placed, posts exhausted), or null.</param>
public sealed record CsmPlacementRound(CsmPlacementVote Vote, int? Position, MotionOutcome? Outcome, string? NotHeldReason);
