namespace Justice.Domain.Usm.Elections;

/// <summary><i>Mandat électif national</i>: what a candidacy at the electoral assembly is for (RI USM, art. 3-1 and 3-2).</summary>
public enum ElectiveOffice
{
    /// <summary><i>Président de l'USM</i> (Statuts USM, art. 8; RI art. 3-1).</summary>
    President = 0,

    /// <summary><i>Membre élu du conseil national</i> (Statuts USM, art. 12; RI art. 3-2).</summary>
    CouncilMember = 1,
}
