namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Statut sans grade</i>: a person who serves in the judiciary without holding one of the three grades, and so is
/// not among "l'ensemble des magistrats des premier, deuxième et troisième grades" who elect the six representatives
/// (Ord. 58-1270, art. 10-1-1, II, 1°).
/// </summary>
public enum StatusWithoutGrade
{
    /// <summary><i>Auditeur de justice</i>: in training at the École nationale de la magistrature, not yet appointed to a grade.</summary>
    AuditeurDeJustice = 0,

    /// <summary><i>Magistrat à titre temporaire</i>: a part-time judge recruited for a fixed term, outside the grades.</summary>
    TemporaryMagistrate = 1,

    /// <summary><i>Magistrat honoraire exerçant des fonctions juridictionnelles</i>: a retired magistrate sitting again, outside the grades.</summary>
    HonoraryMagistrateSitting = 2,

    /// <summary><i>Conseiller ou avocat général à la Cour de cassation en service extraordinaire</i>: outside the grades.</summary>
    ExtraordinaryService = 3,

    /// <summary><i>Candidat en formation probatoire ou préalable</i> (concours complémentaire, intégration directe), not yet appointed.</summary>
    CandidateInTraining = 4,

    /// <summary>Any other person without a grade.</summary>
    Other = 5,
}
