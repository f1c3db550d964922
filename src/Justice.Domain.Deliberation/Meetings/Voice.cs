namespace Justice.Domain.Deliberation.Meetings;

/// <summary><i>Voix</i>: whether a member votes (<i>voix délibérative</i>) or only speaks (<i>voix consultative</i>).</summary>
public enum Voice
{
    /// <summary><i>Voix délibérative</i>: the member votes and counts for the quorum of deliberative members.</summary>
    Deliberative = 0,

    /// <summary><i>Voix consultative</i>: the member takes part in the debate but does not vote.</summary>
    Consultative = 1,
}
