using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Usm.Elections;

/// <summary><i>Vote nom par nom</i>: the council's vote on placing one candidate at the next position of a CSM list (RI USM, art. 2-7, al. 4).</summary>
/// <param name="CandidateId">The candidate proposed for the next position.</param>
/// <param name="Tally">The votes.</param>
/// <param name="ChairVote">The president's vote, for the casting vote on a tie (Statuts USM, art. 15, al. 3).</param>
public sealed record CsmPlacementVote(string CandidateId, VoteTally Tally, VoteChoice? ChairVote = null)
{
    /// <summary>The candidate.</summary>
    public string CandidateId { get; init; } = Guard.NotBlank(CandidateId);
}
