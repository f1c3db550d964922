namespace Justice.Domain.Usm.Membership;

/// <summary><i>Cause de perte de la qualité d'adhérent</i> (Statuts USM, art. 6).</summary>
public enum MembershipLossCause
{
    /// <summary><i>Démission</i>, notified by any means (art. 6 a).</summary>
    Resignation = 0,

    /// <summary><i>Radiation de plein droit</i> on joining another union of judicial magistrates (art. 6 b).</summary>
    JoinedAnotherUnion = 1,

    /// <summary>Dues unpaid at 1 March of the year after the last dues (art. 6 c).</summary>
    UnpaidDues = 2,

    /// <summary><i>Exclusion</i> pronounced by the national council (art. 6 d).</summary>
    Exclusion = 3,
}
