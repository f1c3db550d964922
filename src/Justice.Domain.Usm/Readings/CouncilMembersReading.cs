namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>« Deux tiers de ses membres »</i> (Statuts USM, art. 6 d, 11, al. 2, 13, al. 2; RI art. 1-4): the base of the
/// council's qualified majority. The council has deliberative members (the president and the elected members, art. 12,
/// al. 1 and 2) and members of right with a consultative voice (al. 3); "ses membres" does not say which.
/// </summary>
public enum CouncilMembersReading
{
    /// <summary>
    /// The members with a deliberative voice (27 with the president under <see cref="PresidentVoiceReading.DeliberativeMember"/>):
    /// 18 votes for are needed. The default: the base of a voting majority is read as the members who vote; a member of
    /// right cannot vote for or against, and counting it would let the number of honorary presidents or chargés de
    /// mission (whom the president designates, RI art. 5-1) move the threshold.
    /// </summary>
    DeliberativeMembers = 0,

    /// <summary>Every member, members of right included (art. 12, al. 3 calls them "membres de droit").</summary>
    AllMembers = 1,
}
