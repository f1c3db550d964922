namespace Justice.Domain.Cav.Composition;

/// <summary><i>Régime de la commission d'avancement</i>: which composition of the commission a rule belongs to.</summary>
public enum CavRegimeKind
{
    /// <summary><i>Ancienne CAV</i>: Ord. 58-1270, former art. 35 (20 titular members, three-year mandate).</summary>
    Former = 0,

    /// <summary><i>CAV réformée</i>: Ord. 58-1270, art. 10-1-1 (13 members, four-year mandate), first elected in February 2026.</summary>
    Reformed = 1,
}
