namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Critère de charge de travail</i>: one statistic that ranks the courts (civil inflow, criminal output, civil
/// stock, detention workload…). Criteria are data: the 2000 circular lists seven for the siège of the tribunaux de
/// grande instance, and a researcher may use others.
/// </summary>
/// <param name="Id">The identifier used in the courts' <see cref="Court.Values"/> (for example "civil_flow").</param>
public sealed record Criterion(string Id)
{
    /// <summary>The weight of this criterion's rank in the rank sum (default 1, as in the circular: a plain total of ranks). 0 to 1,000, at most 6 decimal places.</summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>Whether the load is the average divided by the corrected headcount (true, the default: <i>charge de travail individuelle</i>) or the average itself.</summary>
    public bool PerMagistrate { get; init; } = true;

    /// <summary>Which end gets rank 1 (default <see cref="RankDirection.Descending"/>: the highest load).</summary>
    public RankDirection Direction { get; init; } = RankDirection.Descending;
}
