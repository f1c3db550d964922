namespace Justice.Domain.Identity.Records;

/// <summary><i>Sexe</i> as recorded in civil status (Cassiopée: M or F), or unknown.</summary>
public enum Sex
{
    /// <summary>Not recorded.</summary>
    Unknown = 0,

    /// <summary><i>Masculin</i> (M).</summary>
    Male = 1,

    /// <summary><i>Féminin</i> (F).</summary>
    Female = 2,
}
