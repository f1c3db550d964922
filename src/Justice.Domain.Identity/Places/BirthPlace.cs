namespace Justice.Domain.Identity.Places;

/// <summary>
/// <i>Lieu de naissance</i> resolved for comparison: the current commune a birth commune code designates
/// today (after mergers, arrondissement → city, Corsica 20 → 2A/2B), its department, and the country
/// (<c>FR</c>, or the INSEE 99xxx code kept as an opaque key).
/// </summary>
/// <param name="Commune">The canonical commune code (or the folded commune name when only a name is known); null when unknown.</param>
/// <param name="Department">The department code; null when unknown.</param>
/// <param name="Country">FR or the 99xxx code; null when unknown.</param>
public readonly record struct BirthPlace(string? Commune, string? Department, string? Country)
{
    /// <summary>Whether nothing is known of the place.</summary>
    public bool IsUnknown => Commune is null && Department is null && Country is null;
}
