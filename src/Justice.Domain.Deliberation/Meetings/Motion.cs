using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Motion, délibération</i>: a question put to the vote, with its tally and, for a casting vote, the chair's vote.</summary>
/// <param name="Title">What is decided.</param>
/// <param name="Tally">The ballots.</param>
/// <param name="ChairVote">How the chair voted, or null when unknown or the chair did not vote.</param>
public sealed record Motion(string Title, VoteTally Tally, VoteChoice? ChairVote = null)
{
    /// <summary>What is decided.</summary>
    public string Title { get; init; } = Guard.NotBlank(Title);
}
