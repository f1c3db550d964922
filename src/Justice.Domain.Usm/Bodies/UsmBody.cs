namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Instance de l'USM</i>: the bodies the statutes create and whose decisions the catalogue lists.</summary>
public enum UsmBody
{
    /// <summary><i>Assemblée générale</i> or <i>congrès</i>, once a year (Statuts USM, art. 21).</summary>
    GeneralAssembly = 0,

    /// <summary><i>Assemblée générale extraordinaire</i>, which amends the statutes (art. 25).</summary>
    ExtraordinaryGeneralAssembly = 1,

    /// <summary><i>Conseil national</i> (art. 12 to 15).</summary>
    NationalCouncil = 2,

    /// <summary><i>Bureau national</i> (art. 16 and 17).</summary>
    NationalBureau = 3,

    /// <summary><i>Union régionale</i> (art. 18).</summary>
    RegionalUnion = 4,

    /// <summary><i>Section syndicale</i> of a jurisdiction (art. 19).</summary>
    Section = 5,

    /// <summary><i>Section syndicale des auditeurs de justice</i>, one per promotion (art. 20).</summary>
    AuditeursSection = 6,
}
