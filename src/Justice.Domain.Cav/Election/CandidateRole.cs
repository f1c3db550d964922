namespace Justice.Domain.Cav.Election;

/// <summary><i>Candidat titulaire ou suppléant</i>.</summary>
public enum CandidateRole
{
    /// <summary><i>Titulaire</i>.</summary>
    Titular = 0,

    /// <summary><i>Suppléant</i>.</summary>
    Alternate = 1,
}
