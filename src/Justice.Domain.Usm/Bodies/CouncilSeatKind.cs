namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Qualité au conseil national</i>: why a person sits on the national council (Statuts USM, art. 12).</summary>
public enum CouncilSeatKind
{
    /// <summary><i>Président de l'USM</i> (art. 12, al. 1).</summary>
    President = 0,

    /// <summary><i>Membre élu</i>, one of the 26, with a deliberative voice (art. 12, al. 2).</summary>
    ElectedMember = 1,

    /// <summary><i>Président d'honneur</i>, member of right with a consultative voice (art. 12, al. 3; art. 11).</summary>
    HonoraryPresident = 2,

    /// <summary><i>Délégué de la section des auditeurs de justice</i>, member of right (art. 12, al. 3; art. 20).</summary>
    AuditeursSectionDelegate = 3,

    /// <summary><i>Chargé de mission</i> designated under RI art. 5-1, member of right (art. 12, al. 3).</summary>
    ChargeDeMission = 4,

    /// <summary>Member elected for the USM to the <i>Conseil supérieur de la magistrature</i>, member of right (art. 12, al. 3).</summary>
    CsmMember = 5,

    /// <summary>Member elected for the USM to the <i>commission d'avancement</i>, member of right (art. 12, al. 3).</summary>
    CavMember = 6,
}
