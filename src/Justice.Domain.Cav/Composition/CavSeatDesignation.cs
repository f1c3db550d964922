namespace Justice.Domain.Cav.Composition;

/// <summary><i>Mode de désignation</i>: how the holder of a CAV seat comes to sit.</summary>
public enum CavSeatDesignation
{
    /// <summary><i>Membre de droit</i>: sits by virtue of a function; no mandate, no alternate.</summary>
    ExOfficio = 0,

    /// <summary><i>Membre élu</i>: elected for a mandate, with an alternate (<i>suppléant</i>).</summary>
    Elected = 1,
}
