namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>Fin des mandats nationaux</i> (Statuts USM, art. 9, 13, al. 1, 16, al. 2): two years, extended "en tant que de
/// besoin, jusqu'à la première assemblée générale utile". The texts do not say what happens when the assembly that elects
/// the successors comes before the two years have run.
/// </summary>
public enum MandateOverlapReading
{
    /// <summary>
    /// The mandate ends at the electoral assembly that renews it, before or after the two years. The default: the
    /// renewal is "en totalité" (art. 13, al. 1) and the assembly elects the successors (art. 22), so two councils are
    /// never in office together; the two years are the rhythm of the elections, and the extension covers a late assembly.
    /// </summary>
    EndsAtRenewingAssembly = 0,

    /// <summary>The mandate runs its two years in full even when the successors are elected earlier (the two mandates overlap), and is extended to a later assembly.</summary>
    NominalTermRuns = 1,
}
