using System.Collections;
using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>One row of a <see cref="StandingTable"/> (a post's audit-trail standings, or a court's final standings) as a read-only list, in criterion order.</summary>
internal sealed class StandingRow : IReadOnlyList<CriterionStanding>
{
    private readonly StandingTable table;
    private readonly int row;

    /// <summary>Creates the view of the table's row.</summary>
    public StandingRow(StandingTable table, int row)
    {
        this.table = table;
        this.row = row;
    }

    /// <inheritdoc />
    public int Count => table.CriterionCount;

    /// <inheritdoc />
    public CriterionStanding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return table.Standing(row, index);
        }
    }

    /// <inheritdoc />
    public IEnumerator<CriterionStanding> GetEnumerator()
    {
        for (var c = 0; c < Count; c++)
        {
            yield return table.Standing(row, c);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
