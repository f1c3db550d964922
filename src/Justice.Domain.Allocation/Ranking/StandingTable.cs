using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// Rows of standings on every criterion (the audit trail of each post, or the final ranking of each court) in flat
/// arrays: per row the court (input index) and its corrected headcount in hundredths, and per row and criterion the
/// doubled rank, at <c>row × criteria + criterion</c>. A row's loads are not stored: they are computed when read, from
/// the compiled figures and the row's headcount, by the same operations as the allocator's sort keys (the same double,
/// bit for bit). <see cref="StandingRow"/> reads one row as a list.
/// </summary>
internal sealed class StandingTable
{
    private readonly CompiledCourts data;
    private readonly int criterionCount;
    private int[] doubledRanks;
    private int[] courts;
    private long[] hundredths;

    /// <summary>Creates an empty table with room for <paramref name="capacity"/> rows (it grows when needed).</summary>
    public StandingTable(CompiledCourts data, int capacity)
    {
        this.data = data;
        criterionCount = data.CriterionCount;
        capacity = Math.Max(1, capacity);
        doubledRanks = new int[capacity * criterionCount];
        courts = new int[capacity];
        hundredths = new long[capacity];
    }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; private set; }

    /// <summary>The number of criteria (the length of every row).</summary>
    public int CriterionCount => criterionCount;

    /// <summary>Adds a row for <paramref name="court"/> (input index) at the corrected headcount given; returns its index. Its ranks are set by <see cref="SetRank"/>.</summary>
    public int Add(int court, long correctedHundredths)
    {
        var row = RowCount;
        if (row == courts.Length)
        {
            var capacity = checked(row * 2);
            Array.Resize(ref courts, capacity);
            Array.Resize(ref hundredths, capacity);
            Array.Resize(ref doubledRanks, checked(capacity * criterionCount));
        }

        courts[row] = court;
        hundredths[row] = correctedHundredths;
        RowCount = row + 1;
        return row;
    }

    /// <summary>The doubled ranks, row by row (the row's rank on criterion c at <c>row × criteria + c</c>), for writers that fill whole columns; valid until the next <see cref="Add"/>.</summary>
    public int[] DoubledRanks => doubledRanks;

    /// <summary>Sets the row's doubled rank on the criterion.</summary>
    public void SetRank(int row, int criterion, long doubledRank) => doubledRanks[(row * criterionCount) + criterion] = checked((int)doubledRank);

    /// <summary>The row's standing on the criterion: its rank, and its load computed from the row's headcount.</summary>
    public CriterionStanding Standing(int row, int criterion)
    {
        return new CriterionStanding(
            data.CriterionIds[criterion],
            DisplayNumbers.Rank(doubledRanks[(row * criterionCount) + criterion]),
            data.DisplayLoad(criterion, data.Load(criterion, courts[row], hundredths[row])));
    }
}
