using Justice.Domain.Core;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Adhésion</i>: who may join the USM (Statuts USM, art. 4): the persons art. 4, al. 1 lists, unless the national
/// council refuses its approval, and only if not a member of another union of judicial magistrates (art. 4, al. 2).
/// </summary>
public static class MembershipEligibility
{
    /// <summary>Says whether a person may join.</summary>
    /// <param name="status">The person's position.</param>
    /// <param name="memberOfAnotherMagistratesUnion">Whether the person belongs to another union of judicial magistrates.</param>
    /// <param name="councilRefusedApproval">Whether the national council refused its approval (<i>refus d'agrément</i>).</param>
    /// <returns>The verdict and the rule that decides it.</returns>
    public static RuleVerdict CanJoin(MemberStatus status, bool memberOfAnotherMagistratesUnion, bool councilRefusedApproval)
    {
        Guard.Defined(status);
        if (status == MemberStatus.NotListed)
        {
            return RuleVerdict.No("art. 4 does not list this position among those who may join", LegalReference.UsmStatutes(4, 1));
        }

        if (memberOfAnotherMagistratesUnion)
        {
            return RuleVerdict.No("membership of the USM excludes membership of any other union of judicial magistrates", LegalReference.UsmStatutes(4, 2));
        }

        if (councilRefusedApproval)
        {
            return RuleVerdict.No("the national council refused its approval", LegalReference.UsmStatutes(4, 1));
        }

        return RuleVerdict.Yes("art. 4 lists the position and nothing bars it", LegalReference.UsmStatutes(4, 1));
    }
}
