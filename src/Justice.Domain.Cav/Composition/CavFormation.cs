namespace Justice.Domain.Cav.Composition;

/// <summary><i>Formation de la commission d'avancement</i>: the remit under which the commission sits.</summary>
public enum CavFormation
{
    /// <summary><i>Tableaux d'avancement</i> (Ord. 58-1270, art. 27 and 34).</summary>
    PromotionLists = 0,

    /// <summary><i>Contestation des évaluations professionnelles</i> (Ord. 58-1270, art. 12-1).</summary>
    ContestedEvaluations = 1,

    /// <summary><i>Formation consultative</i> on the status of magistrates (reformed commission only).</summary>
    StatusConsultation = 2,

    /// <summary><i>Recrutement latéral</i> (former commission only; the reform removed it).</summary>
    LateralRecruitment = 3,
}
