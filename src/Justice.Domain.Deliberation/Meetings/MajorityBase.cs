namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Base de la majorité</i>: what the yes votes are a fraction of.</summary>
public enum MajorityBase
{
    /// <summary>
    /// <i>Suffrages exprimés</i>: yes + no; blank and spoiled ballots and abstentions are excluded
    /// (Code électoral, art. L65 and L66).
    /// </summary>
    VotesCast = 0,

    /// <summary><i>Membres présents ou représentés</i> entitled to vote: an abstention weighs as a no.</summary>
    PresentOrRepresented = 1,

    /// <summary><i>Membres ayant voix délibérative</i>, present or not (absolute majority of members).</summary>
    DeliberativeMembers = 2,
}
