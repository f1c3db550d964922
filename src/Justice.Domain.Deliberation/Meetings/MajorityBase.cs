namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Base de la majorité</i>: what the yes votes are a fraction of.</summary>
public enum MajorityBase
{
    /// <summary>
    /// <i>Suffrages exprimés</i>: yes + no; blank and spoiled ballots and abstentions are excluded
    /// (Code électoral, art. L65 and L66). More than half of it is the <i>majorité simple</i>: more votes for than
    /// against (<see cref="MajorityRule.Simple"/>).
    /// </summary>
    VotesCast = 0,

    /// <summary>
    /// <i>Membres présents ou représentés</i> entitled to vote: an abstention weighs as a no ("majorité des membres
    /// présents ou représentés", without "simple").
    /// </summary>
    PresentOrRepresented = 1,

    /// <summary><i>Membres ayant voix délibérative</i>, present or not (absolute majority of members).</summary>
    DeliberativeMembers = 2,

    /// <summary>
    /// <i>Tous les membres</i>, present or not, members with a consultative voice included: the reading of "ses
    /// membres" that counts every member of the body although only deliberative members vote.
    /// </summary>
    AllMembers = 3,
}
