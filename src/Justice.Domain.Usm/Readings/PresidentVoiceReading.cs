namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>Voix du président au conseil national</i>: art. 12, al. 2 gives the deliberative voice to the elected members ("Ils
/// ont voix délibérative") and al. 3 the consultative voice to the members of right; al. 1 names the president apart,
/// and art. 15, al. 3 gives the president a casting vote. The texts do not say whether the president votes and counts in
/// "ses membres ayant voix délibérative" (the quorum, art. 15, al. 2) and in "ses membres" (art. 6 d, 11, 13; RI art. 1-4).
/// </summary>
public enum PresidentVoiceReading
{
    /// <summary>
    /// The president is a deliberative member: votes, counts for the quorum (27 with 26 elected members) and in "ses
    /// membres". The default: art. 12, al. 1 makes the president a member of the council, the consultative voice is given
    /// only to the members of right, and a casting vote ("voix prépondérante") presupposes a vote.
    /// </summary>
    DeliberativeMember = 0,

    /// <summary>
    /// The president is not among the deliberative members (al. 2 gives that voice to the elected members only): the
    /// president does not count for the quorum (26) nor in "ses membres", and votes only to break a tie.
    /// </summary>
    CastingVoteOnly = 1,
}
