namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Décision</i>: what became of a motion.</summary>
public enum MotionDecision
{
    /// <summary><i>Adoptée</i>.</summary>
    Adopted = 0,

    /// <summary><i>Rejetée</i>.</summary>
    Rejected = 1,

    /// <summary><i>Quorum non atteint</i>: the body could not deliberate.</summary>
    NoQuorum = 2,
}
