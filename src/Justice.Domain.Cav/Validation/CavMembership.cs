namespace Justice.Domain.Cav.Validation;

/// <summary><i>Qualité</i>: whether a member sits as titular, as alternate, or ex officio.</summary>
public enum CavMembership
{
    /// <summary><i>Membre titulaire</i> (elected).</summary>
    Titular = 0,

    /// <summary><i>Membre suppléant</i> (elected alternate).</summary>
    Alternate = 1,

    /// <summary><i>Membre de droit</i>.</summary>
    ExOfficio = 2,
}
