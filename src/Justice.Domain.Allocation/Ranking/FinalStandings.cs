using System.Collections;
using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.Ranking;

/// <summary>One court's standings on every criterion at the end of an allocation: a read-only view over the shared <see cref="FinalStandingTable"/>, in criterion order.</summary>
internal sealed class FinalStandings : IReadOnlyList<CriterionStanding>
{
    private readonly FinalStandingTable table;
    private readonly int court;

    /// <summary>Creates the view of <paramref name="court"/>'s row.</summary>
    public FinalStandings(FinalStandingTable table, int court)
    {
        this.table = table;
        this.court = court;
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
            return table.Standing(index, court);
        }
    }

    /// <inheritdoc />
    public IEnumerator<CriterionStanding> GetEnumerator()
    {
        for (var c = 0; c < Count; c++)
        {
            yield return table.Standing(c, court);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
