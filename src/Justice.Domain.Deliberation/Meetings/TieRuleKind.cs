namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Partage des voix</i>: what decides a motion when yes and no are equal.</summary>
public enum TieRuleKind
{
    /// <summary><i>La motion est rejetée</i>: a tie fails.</summary>
    MotionFails = 0,

    /// <summary><i>Voix prépondérante du président</i>: the side the chair voted for prevails.</summary>
    ChairCastingVote = 1,

    /// <summary><i>Tirage au sort</i> between adoption and rejection.</summary>
    DrawingOfLots = 2,
}
