using System.Text.Json.Serialization;
using Justice.Domain.Core;

namespace Justice.Domain.Usm.Regions;

/// <summary>
/// <i>Cour d'appel</i> (or the <i>tribunal supérieur d'appel</i> of Saint-Pierre-et-Miquelon): the ressort in which
/// the members in function form a regional union (Statuts USM, art. 18, al. 1).
/// </summary>
/// <param name="Name">The seat of the court, as the court is named ("Paris", "Fort-de-France").</param>
/// <param name="IsOverseas">
/// True for the courts of the overseas departments and regions, the overseas collectivities, New Caledonia and
/// Saint-Pierre-et-Miquelon, whose members may give a proxy to any member (RI USM, art. 3-4, al. 4).
/// </param>
public sealed record CourtOfAppeal(string Name, bool IsOverseas)
{
    /// <summary>The seat of the court.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);

    /// <summary>Cour d'appel de Paris: the Cour de cassation is attached to its union (Statuts USM, art. 18, al. 3).</summary>
    public static CourtOfAppeal Paris { get; } = new("Paris", false);

    /// <summary>Cour d'appel de Versailles (excluded with Paris from the bureau's geographic rule, Statuts USM, art. 16, al. 3).</summary>
    public static CourtOfAppeal Versailles { get; } = new("Versailles", false);

    /// <summary>
    /// The 36 cours d'appel and the tribunal supérieur d'appel of Saint-Pierre-et-Miquelon, with their overseas flag.
    /// The list comes from the Code de l'organisation judiciaire, not from the USM texts, which say only "chaque ressort
    /// de cour d'appel"; callers may build other courts with the constructor.
    /// </summary>
    public static IReadOnlyList<CourtOfAppeal> WellKnown { get; } =
    [
        new("Agen", false), new("Aix-en-Provence", false), new("Amiens", false), new("Angers", false),
        new("Basse-Terre", true), new("Bastia", false), new("Besançon", false), new("Bordeaux", false),
        new("Bourges", false), new("Caen", false), new("Cayenne", true), new("Chambéry", false),
        new("Colmar", false), new("Dijon", false), new("Douai", false), new("Fort-de-France", true),
        new("Grenoble", false), new("Limoges", false), new("Lyon", false), new("Metz", false),
        new("Montpellier", false), new("Nancy", false), new("Nîmes", false), new("Nouméa", true),
        new("Orléans", false), new("Papeete", true), Paris, new("Pau", false),
        new("Poitiers", false), new("Reims", false), new("Rennes", false), new("Riom", false),
        new("Rouen", false), new("Saint-Denis de La Réunion", true), new("Toulouse", false), Versailles,
        new("Saint-Pierre-et-Miquelon", true),
    ];

    /// <summary>Finds a well-known court by name, case-insensitively.</summary>
    /// <param name="name">The court's name.</param>
    /// <returns>The court, or null when the name is not a well-known court.</returns>
    public static CourtOfAppeal? Find(string? name) =>
        name is null ? null : WellKnown.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True for Paris and Versailles, which do not count for the bureau's geographic rule (Statuts USM, art. 16, al. 3).</summary>
    [JsonIgnore]
    public bool IsParisOrVersailles =>
        string.Equals(Name, Paris.Name, StringComparison.OrdinalIgnoreCase) || string.Equals(Name, Versailles.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
