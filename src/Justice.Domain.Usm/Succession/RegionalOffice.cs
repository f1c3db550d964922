namespace Justice.Domain.Usm.Succession;

/// <summary><i>Fonction de représentation locale</i> (Statuts USM, art. 18 and 19; RI USM, art. 1-3).</summary>
public enum RegionalOffice
{
    /// <summary><i>Délégué régional</i>.</summary>
    Delegate = 0,

    /// <summary><i>Délégué régional adjoint</i>.</summary>
    DeputyDelegate = 1,

    /// <summary><i>Trésorier régional</i>.</summary>
    Treasurer = 2,

    /// <summary><i>Délégué de section</i>.</summary>
    SectionDelegate = 3,

    /// <summary><i>Délégué de section adjoint</i>.</summary>
    DeputySectionDelegate = 4,
}
