namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Voix</i> at the national council (Statuts USM, art. 12).</summary>
public enum CouncilVoice
{
    /// <summary><i>Voix délibérative</i>: votes and counts for the quorum (art. 12, al. 2; art. 15, al. 2).</summary>
    Deliberative = 0,

    /// <summary><i>Voix consultative</i>: speaks, does not vote (art. 12, al. 3).</summary>
    Consultative = 1,
}
