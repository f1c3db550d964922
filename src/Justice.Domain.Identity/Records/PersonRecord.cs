namespace Justice.Domain.Identity.Records;

/// <summary>
/// <i>Identité d'une personne</i>: the identity traits a person referential holds, as Cassiopée records them
/// (CPP, art. R15-33-66-6), one field each, plus where the record comes from. It holds civil-status data
/// only, <b>never case data</b> (Rapport « Le numérique pour la Justice », 2022, II.c: « les référentiels
/// d'identification des personnes [...] ne contiennent aucune information sur les affaires »), and no NIR
/// (décret n° 2019-341 du 19 avril 2019 limits its use in the field of justice).
/// </summary>
/// <param name="Id">The source record id (unique within a run).</param>
public sealed record PersonRecord(string Id)
{
    /// <summary>The system the record comes from (for example Cassiopée), when known.</summary>
    public string? SourceSystem { get; init; }

    /// <summary><i>Civilité</i> (M., Mme).</summary>
    public string? Civility { get; init; }

    /// <summary><i>Nom de naissance</i>.</summary>
    public string? BirthSurname { get; init; }

    /// <summary><i>Nom d'usage</i> (for example the spouse's name).</summary>
    public string? UsageSurname { get; init; }

    /// <summary><i>Prénoms</i>, in civil-status order (none when set to null, as a JSON record without the field is read).</summary>
    public IReadOnlyList<string> FirstNames { get; init => field = value ?? []; } = [];

    /// <summary><i>Alias</i>, other names used (none when set to null, as a JSON record without the field is read).</summary>
    public IReadOnlyList<string> Aliases { get; init => field = value ?? []; } = [];

    /// <summary><i>Sexe</i>.</summary>
    public Sex Sex { get; init; }

    /// <summary><i>Date de naissance</i>, possibly partial.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary><i>Date de décès</i>, possibly partial.</summary>
    public PartialDate? DeathDate { get; init; }

    /// <summary><i>Code INSEE de la commune de naissance</i> (5 characters, 2A/2B for Corsica).</summary>
    public string? BirthCommuneCode { get; init; }

    /// <summary>Name of the birth commune.</summary>
    public string? BirthCommuneName { get; init; }

    /// <summary><i>Code INSEE du pays de naissance</i> (99xxx), empty when born in France.</summary>
    public string? BirthCountryCode { get; init; }

    /// <summary>Name of the birth country.</summary>
    public string? BirthCountryName { get; init; }

    /// <summary><i>Nationalité</i>, ISO 3166-1 alpha-2.</summary>
    public string? Nationality { get; init; }

    /// <summary><i>Pièce d'identité</i>, when one was presented.</summary>
    public IdentityDocument? IdentityDocument { get; init; }
}
