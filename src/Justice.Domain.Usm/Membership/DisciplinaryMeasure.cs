namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Mesure prononcée par le conseil national</i> under the procedure of Statuts USM, art. 6 d: each needs two thirds
/// of the council's members, grievances sent 15 days before, a hearing and a reasoned decision.
/// </summary>
public enum DisciplinaryMeasure
{
    /// <summary><i>Exclusion</i> of a member (art. 6 d).</summary>
    Exclusion = 0,

    /// <summary><i>Radiation</i> of an honorary president (art. 11, al. 2).</summary>
    HonoraryPresidentRemoval = 1,

    /// <summary><i>Révocation</i> of an elected member of the national council (art. 13, al. 2).</summary>
    CouncilMemberRevocation = 2,

    /// <summary><i>Privation des fonctions de représentation locale</i> for six months to two years (RI USM, art. 1-4).</summary>
    LocalFunctionsDeprivation = 3,
}
