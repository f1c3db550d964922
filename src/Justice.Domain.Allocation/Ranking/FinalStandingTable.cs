using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// Every court's rank (doubled) and display load on every criterion at the end of an allocation, in two flat arrays
/// indexed by criterion × courts + court, so that the final ranking does not build one array of standings per court;
/// <see cref="FinalStandings"/> reads one court's row.
/// </summary>
internal sealed class FinalStandingTable
{
    private readonly string[] criterionIds;
    private readonly long[] doubledRanks;
    private readonly double[] loads;

    /// <summary>Creates an empty table for <paramref name="courtCount"/> courts and the criteria given.</summary>
    public FinalStandingTable(string[] criterionIds, int courtCount)
    {
        this.criterionIds = criterionIds;
        CourtCount = courtCount;
        doubledRanks = new long[criterionIds.Length * courtCount];
        loads = new double[criterionIds.Length * courtCount];
    }

    /// <summary>The number of courts.</summary>
    public int CourtCount { get; }

    /// <summary>The number of criteria.</summary>
    public int CriterionCount => criterionIds.Length;

    /// <summary>Sets the court's doubled rank and display load on the criterion.</summary>
    public void Set(int criterion, int court, long doubledRank, double load)
    {
        var cell = (criterion * CourtCount) + court;
        doubledRanks[cell] = doubledRank;
        loads[cell] = load;
    }

    /// <summary>The court's standing on the criterion.</summary>
    public CriterionStanding Standing(int criterion, int court)
    {
        var cell = (criterion * CourtCount) + court;
        return new CriterionStanding(criterionIds[criterion], DisplayNumbers.Rank(doubledRanks[cell]), loads[cell]);
    }
}
