namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Base du quorum</i>: which members the quorum is a fraction of.</summary>
public enum QuorumBase
{
    /// <summary><i>Membres ayant voix délibérative</i>.</summary>
    DeliberativeMembers = 0,

    /// <summary><i>Tous les membres</i>, consultative voices included.</summary>
    AllMembers = 1,

    /// <summary><i>Membres à jour de leur cotisation</i>.</summary>
    MembersUpToDateWithDues = 2,
}
