namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Juridiction</i>: one court as the allocation reads it: identity, yearly statistics per criterion, budgeted
/// siège staffing, the parquet headcount and the secondary data of the circular (population growth, posts created the previous year), with
/// the caller's cap and eligibility. This is raw input: <see cref="Validation.AllocationRequestValidator"/> checks it
/// and names the court and the field of every problem.
/// </summary>
/// <param name="Id">A unique identifier (compared ordinally; the last tie-break).</param>
/// <param name="Name">The court's name.</param>
/// <param name="Values">Per criterion id, the yearly figures to average (four years in 2000: 1995 to 1998).</param>
/// <param name="NonSpecialized">Budgeted non-specialised siège magistrates (<i>effectif budgétaire des magistrats non spécialisés</i>).</param>
/// <param name="Specialized">Specialised magistrates (juges de l'application des peines, d'instruction, des enfants, d'instance).</param>
public sealed record Court(string Id, string Name, IReadOnlyDictionary<string, IReadOnlyList<decimal>> Values, int NonSpecialized, int Specialized = 0)
{
    /// <summary>
    /// <i>Effectif du parquet</i>: the court's parquet magistrates (procureur, substituts…), 0 or more. The weighted-rank
    /// method does not read it (its loads are per siège magistrate); the cap on placed magistrates counts it, since
    /// "1/15 du total des magistrats des tribunaux de première instance du ressort" counts every magistrate
    /// (<see cref="Caps.PlacedMagistrateCap.ForRessort"/>).
    /// </summary>
    public int ParquetMagistrates { get; init; }

    /// <summary>The kind of court.</summary>
    public CourtKind Kind { get; init; } = CourtKind.TribunalJudiciaire;

    /// <summary>The id of the cour d'appel whose ressort holds the court, or null.</summary>
    public string? AppealCourtId { get; init; }

    /// <summary>The department (its code, for example "59"), or null.</summary>
    public string? Department { get; init; }

    /// <summary>Population growth between the two censuses, as a fraction (0.032 = +3.2 %); the first tie-break, higher first.</summary>
    public decimal PopulationGrowth { get; init; }

    /// <summary>Posts created in the court the previous year; the second tie-break, fewer first.</summary>
    public int PreviousPosts { get; init; }

    /// <summary>The most posts the court may receive in this allocation, or null for no cap.</summary>
    public int? MaxPosts { get; init; }

    /// <summary>Whether the court may receive posts (for example only courts with a tribunal pour enfants for substituts des mineurs). An ineligible court is still ranked.</summary>
    public bool Eligible { get; init; } = true;
}
