namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Position statutaire</i>: the situation of a person as the USM statutes list it for membership (Statuts USM,
/// art. 4, al. 1) and for the attachment to a regional union (art. 18).
/// </summary>
public enum MemberStatus
{
    /// <summary><i>Magistrat en activité</i> in a jurisdiction of a cour d'appel's ressort (art. 4; art. 18, al. 1).</summary>
    MagistrateInJurisdiction = 0,

    /// <summary><i>Magistrat en fonction à la Cour de cassation</i> (art. 4; art. 18, al. 3).</summary>
    CourDeCassationMagistrate = 1,

    /// <summary><i>Magistrat en fonction au ministère de la Justice</i> (art. 4; art. 18, al. 2).</summary>
    MinistryMagistrate = 2,

    /// <summary><i>Magistrat en détachement</i> (art. 4; art. 18, al. 2).</summary>
    SecondedMagistrate = 3,

    /// <summary><i>Magistrat mis à disposition</i> (art. 18, al. 2).</summary>
    MadeAvailableMagistrate = 4,

    /// <summary><i>Magistrat en disponibilité</i> (art. 4). Art. 18 attaches no union to this position.</summary>
    MagistrateOnLeave = 5,

    /// <summary><i>Magistrat à la retraite</i> without the honorary title (art. 4). Art. 18 attaches no union to this position.</summary>
    RetiredMagistrate = 6,

    /// <summary><i>Magistrat honoraire</i> (art. 4; art. 12, al. 2; art. 18, al. 5).</summary>
    HonoraryMagistrate = 7,

    /// <summary><i>Auditeur de justice</i> (art. 4; art. 18, al. 2; art. 20, al. 1).</summary>
    AuditeurDeJustice = 8,

    /// <summary><i>Candidat issu des concours complémentaires en formation probatoire ou complémentaire</i> (art. 4; art. 20, al. 2).</summary>
    ComplementaryCompetitionCandidate = 9,

    /// <summary><i>Candidat à l'intégration directe en formation probatoire ou préalable</i> (art. 4; art. 20, al. 2).</summary>
    DirectIntegrationCandidate = 10,

    /// <summary><i>Juge du livre foncier</i> (art. 4; art. 18, al. 4).</summary>
    LivreFoncierJudge = 11,

    /// <summary><i>Magistrat à titre temporaire</i>, serving in a jurisdiction of a ressort (art. 4; art. 18, al. 1).</summary>
    TemporaryMagistrate = 12,

    /// <summary><i>Conseiller ou avocat général à la Cour de cassation en service extraordinaire</i> (art. 4; art. 18, al. 3).</summary>
    ExtraordinaryServiceAtCourDeCassation = 13,

    /// <summary>Anyone art. 4 does not list (a court clerk, an administrative judge, a lay judge…): may not join.</summary>
    NotListed = 14,
}
