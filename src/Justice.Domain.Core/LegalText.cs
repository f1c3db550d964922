namespace Justice.Domain.Core;

/// <summary>
/// <i>Texte de référence</i>: a legal or normative text that rules cite, identified by the short
/// form used in citations ("Statuts USM", "Ord. 58-1270") and its full title.
/// </summary>
/// <param name="Abbreviation">The short form that opens a citation, for example "Ord. 58-1270".</param>
/// <param name="Title">The full title of the text.</param>
public sealed record LegalText(string Abbreviation, string Title)
{
    /// <summary>Statuts de l'Union syndicale des magistrats.</summary>
    public static readonly LegalText UsmStatutes = new("Statuts USM", "Statuts de l'Union syndicale des magistrats");

    /// <summary>Règlement intérieur de l'Union syndicale des magistrats.</summary>
    public static readonly LegalText UsmInternalRules = new("RI USM", "Règlement intérieur de l'Union syndicale des magistrats");

    /// <summary>Ordonnance n° 58-1270 du 22 décembre 1958 portant loi organique relative au statut de la magistrature.</summary>
    public static readonly LegalText Ordinance58_1270 = new("Ord. 58-1270", "Ordonnance n° 58-1270 du 22 décembre 1958 portant loi organique relative au statut de la magistrature");

    /// <summary>Loi organique n° 2023-1058 du 20 novembre 2023 relative à l'ouverture, à la modernisation et à la responsabilité du corps judiciaire.</summary>
    public static readonly LegalText OrganicLaw2023_1058 = new("LO 2023-1058", "Loi organique n° 2023-1058 du 20 novembre 2023 relative à l'ouverture, à la modernisation et à la responsabilité du corps judiciaire");

    /// <summary>Décret n° 2025-659 du 18 juillet 2025 (election of the representatives at the commission d'avancement).</summary>
    public static readonly LegalText Decree2025_659 = new("Décret 2025-659", "Décret n° 2025-659 du 18 juillet 2025 relatif à la commission d'avancement");

    /// <summary>Décret n° 2025-1032 (the three grades of the judiciary).</summary>
    public static readonly LegalText Decree2025_1032 = new("Décret 2025-1032", "Décret n° 2025-1032 relatif aux grades de la magistrature");

    /// <summary>Décret n° 93-21 du 7 janvier 1993 (former election of the collège des magistrats).</summary>
    public static readonly LegalText Decree93_21 = new("Décret 93-21", "Décret n° 93-21 du 7 janvier 1993 pris pour l'application de l'ordonnance n° 58-1270");

    /// <summary>Circulaire SJ 00-124 du 23 mai 2000 on the location of new magistrate posts.</summary>
    public static readonly LegalText Circular2000_124 = new("Circ. SJ 00-124", "Note SJ 00-124 du 23 mai 2000 relative à la localisation des emplois de magistrats");

    /// <summary>Code électoral.</summary>
    public static readonly LegalText ElectoralCode = new("C. élect.", "Code électoral");

    /// <summary>Code de procédure pénale.</summary>
    public static readonly LegalText CriminalProcedureCode = new("CPP", "Code de procédure pénale");

    /// <summary>RFC 3797, Publicly Verifiable Nominations Committee (NomCom) Random Selection.</summary>
    public static readonly LegalText Rfc3797 = new("RFC 3797", "Publicly Verifiable Nominations Committee (NomCom) Random Selection");

    /// <summary>The well-known texts, for lookup by abbreviation (JSON, CLI).</summary>
    public static IReadOnlyList<LegalText> WellKnown { get; } =
    [
        UsmStatutes, UsmInternalRules, Ordinance58_1270, OrganicLaw2023_1058, Decree2025_659,
        Decree2025_1032, Decree93_21, Circular2000_124, ElectoralCode, CriminalProcedureCode, Rfc3797,
    ];

    /// <summary>Returns the abbreviation, as it opens a citation.</summary>
    /// <returns>The abbreviation.</returns>
    public override string ToString() => Abbreviation;
}
