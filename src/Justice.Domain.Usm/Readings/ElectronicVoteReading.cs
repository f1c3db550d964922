namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>Vote électronique</i> (Statuts USM, art. 15, al. 5): "le président peut solliciter le vote des membres élus du
/// conseil national par voie électronique. Il fixe le délai dans lequel les membres du conseil doivent se prononcer."
/// The text names the voters as "les membres élus"; it does not say whether the president votes or keeps the casting vote.
/// </summary>
public enum ElectronicVoteReading
{
    /// <summary>
    /// The 26 elected members vote; the president, who solicits the vote and fixes the delay, does not, so a tie fails
    /// (no casting vote without the president's vote). The quorum is a majority of the elected members answering in the
    /// delay. The default: the sentence names the voters, and art. 15 distinguishes "membres élus" (al. 1) from the
    /// members with a deliberative voice (al. 2).
    /// </summary>
    ElectedMembersOnly = 0,

    /// <summary>The council's ordinary rules apply: the president votes with the elected members and keeps the casting vote.</summary>
    CouncilWithPresidentsCastingVote = 1,
}
