namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Vote</i>: how one member voted (used for the chair's casting vote).</summary>
public enum VoteChoice
{
    /// <summary><i>Pour</i>.</summary>
    Yes = 0,

    /// <summary><i>Contre</i>.</summary>
    No = 1,

    /// <summary><i>Abstention</i>.</summary>
    Abstain = 2,
}
