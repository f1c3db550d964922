namespace Justice.Domain.Deliberation.Meetings;

/// <summary>Who counts towards the quorum.</summary>
public enum QuorumCounting
{
    /// <summary><i>Présents ou représentés</i>: present members and members represented by a valid proxy.</summary>
    PresentOrRepresented = 0,

    /// <summary><i>Présents</i> only.</summary>
    PresentOnly = 1,
}
