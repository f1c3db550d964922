namespace Justice.Domain.Cav.Composition;

/// <summary>
/// <i>Fonction</i>: the function a magistrate (or official) holds, as far as the CAV's seats and electorates
/// distinguish them.
/// </summary>
public enum JudicialFunction
{
    /// <summary><i>Premier président de la Cour de cassation</i>.</summary>
    FirstPresidentOfCassation = 0,

    /// <summary><i>Procureur général près la Cour de cassation</i>.</summary>
    ProsecutorGeneralOfCassation = 1,

    /// <summary><i>Président de chambre à la Cour de cassation</i>.</summary>
    ChamberPresidentOfCassation = 2,

    /// <summary><i>Premier avocat général à la Cour de cassation</i>.</summary>
    FirstAdvocateGeneralOfCassation = 3,

    /// <summary><i>Conseiller à la Cour de cassation</i> (siège).</summary>
    CassationJudge = 4,

    /// <summary><i>Avocat général à la Cour de cassation</i> (parquet général).</summary>
    AdvocateGeneralOfCassation = 5,

    /// <summary><i>Conseiller référendaire à la Cour de cassation</i>.</summary>
    ReferendaryJudgeOfCassation = 6,

    /// <summary><i>Avocat général référendaire à la Cour de cassation</i>.</summary>
    ReferendaryAdvocateGeneralOfCassation = 7,

    /// <summary><i>Auditeur à la Cour de cassation</i>.</summary>
    AuditorOfCassation = 8,

    /// <summary><i>Premier président de cour d'appel</i>.</summary>
    FirstPresidentOfAppealCourt = 9,

    /// <summary><i>Procureur général près une cour d'appel</i>.</summary>
    ProsecutorGeneralOfAppealCourt = 10,

    /// <summary><i>Président de tribunal judiciaire</i>.</summary>
    PresidentOfJudicialTribunal = 11,

    /// <summary><i>Procureur de la République</i>.</summary>
    PublicProsecutor = 12,

    /// <summary>Another function of the siège in a cour d'appel or a tribunal (<i>magistrat du siège des cours et tribunaux</i>).</summary>
    CourtJudge = 13,

    /// <summary>Another function of the parquet in a cour d'appel or a tribunal (<i>magistrat du parquet des cours et tribunaux</i>).</summary>
    CourtProsecutor = 14,

    /// <summary><i>Directeur des services judiciaires</i>.</summary>
    DirectorOfJudicialServices = 15,

    /// <summary>Representative of the directeur des services judiciaires, of at least sub-director rank (<i>représentant … au moins sous-directeur</i>).</summary>
    DirectorRepresentative = 16,

    /// <summary><i>Inspecteur général, chef de l'inspection générale de la justice</i>.</summary>
    ChiefInspectorGeneral = 17,

    /// <summary><i>Inspecteur général de la justice</i>.</summary>
    InspectorGeneral = 18,
}
