using Justice.Domain.Core;

namespace Justice.Domain.Usm.Regions;

/// <summary>
/// <i>Union régionale</i>: the members of one ressort of cour d'appel (Statuts USM, art. 18, al. 1), or the union of the
/// magistrates at the ministry of Justice, seconded or made available, to which the auditeurs de justice are attached
/// (art. 18, al. 2).
/// </summary>
public sealed record RegionalUnion
{
    private RegionalUnion(CourtOfAppeal? court)
    {
        Court = court;
    }

    /// <summary>The union of the ministry, seconded and made-available magistrates and of the auditeurs (Statuts USM, art. 18, al. 2).</summary>
    public static RegionalUnion MinistryAndSeconded { get; } = new((CourtOfAppeal?)null);

    /// <summary>The cour d'appel of the union, or null for <see cref="MinistryAndSeconded"/>.</summary>
    public CourtOfAppeal? Court { get; }

    /// <summary>True for the union of a cour d'appel of the overseas territories (RI USM, art. 3-4, al. 4).</summary>
    public bool IsOverseas => Court?.IsOverseas ?? false;

    /// <summary>The union's name: the court's name, or "Administration centrale, détachement, mise à disposition".</summary>
    public string Name => Court?.Name ?? "Administration centrale, détachement, mise à disposition";

    /// <summary>The union of a cour d'appel (Statuts USM, art. 18, al. 1).</summary>
    /// <param name="court">The court.</param>
    /// <returns>The union.</returns>
    public static RegionalUnion Of(CourtOfAppeal court) => new(Guard.NotNull(court));

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
