namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Mandant sans groupe</i>: how <see cref="ProxyRule.SameGroup"/> treats a giver who belongs to no group (a member of
/// no regional union). "Le mandant et le mandataire doivent appartenir à la même union régionale" (RI USM, art. 3-4,
/// al. 4) cannot be met by a member of none; the text does not say whether such a member may give a proxy at all.
/// </summary>
public enum GrouplessGiver
{
    /// <summary>
    /// The giver cannot give a proxy (unless in an exempt category): the same-group condition is not met. The default:
    /// the text states the condition and lists its exceptions, and a member of no group is not among them.
    /// </summary>
    CannotGive = 0,

    /// <summary>The condition does not apply to a giver of no group, who may give a proxy to any member, as the exempt categories do.</summary>
    MayGiveToAnyMember = 1,
}
