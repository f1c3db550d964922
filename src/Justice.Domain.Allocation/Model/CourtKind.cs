namespace Justice.Domain.Allocation.Model;

/// <summary><i>Nature de la juridiction</i>: the kind of court a row of statistics describes.</summary>
public enum CourtKind
{
    /// <summary><i>Tribunal judiciaire</i> (since 2020: the former tribunaux de grande instance and d'instance merged).</summary>
    TribunalJudiciaire,

    /// <summary><i>Tribunal de grande instance</i>, as the 2000 circular names first-instance courts.</summary>
    TribunalDeGrandeInstance,

    /// <summary><i>Cour d'appel</i>.</summary>
    CourDAppel,

    /// <summary><i>Tribunal de première instance</i> (overseas collectivities).</summary>
    TribunalDePremiereInstance,
}
