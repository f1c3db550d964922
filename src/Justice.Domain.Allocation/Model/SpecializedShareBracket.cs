namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Tranche d'effectif</i>: one row of the table that sets which percentage of the specialised magistrates is added
/// to the non-specialised headcount, by size of the siège.
/// </summary>
/// <param name="MaxSeatCount">The largest siège size (non-specialised + specialised magistrates) the row covers, or null for "and above".</param>
/// <param name="Percent">The percentage of the specialised magistrates counted (0 to 100).</param>
public readonly record struct SpecializedShareBracket(int? MaxSeatCount, int Percent);
