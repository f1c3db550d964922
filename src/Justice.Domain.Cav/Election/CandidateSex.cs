namespace Justice.Domain.Cav.Election;

/// <summary><i>Sexe</i> of a candidate, as the list states it.</summary>
public enum CandidateSex
{
    /// <summary><i>Femme</i>.</summary>
    Woman = 0,

    /// <summary><i>Homme</i>.</summary>
    Man = 1,
}
