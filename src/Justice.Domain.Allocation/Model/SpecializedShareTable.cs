using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Pourcentage des magistrats spécialisés</i>: the table that corrects the budgeted non-specialised headcount by a
/// share of the specialised magistrates (juges de l'application des peines, d'instruction, des enfants, d'instance),
/// who sit part of their time in civil and criminal hearings. Rows are read in order; the first whose
/// <see cref="SpecializedShareBracket.MaxSeatCount"/> is null or at least the siège size applies.
/// </summary>
/// <param name="Brackets">The rows, by increasing size; the last has no upper bound.</param>
public sealed record SpecializedShareTable(IReadOnlyList<SpecializedShareBracket> Brackets)
{
    /// <summary>Where the 2000 table is published: Circ. SJ 00-124, annexe I, 1, "Vice-présidents pour la détention".</summary>
    public static LegalReference Reference { get; } =
        LegalReference.Annex(LegalText.Circular2000_124, "I", "1, Vice-présidents pour la détention");

    /// <summary>
    /// The 2000 table: fewer than 5 magistrates 40 %, 5 to 6 35 %, 7 to 8 30 %, 9 to 12 25 %, 13 to 16 20 %,
    /// 17 to 20 15 %, 21 to 30 10 %, 31 to 50 5 %, more than 50 2 % (<see cref="Reference"/>).
    /// </summary>
    public static SpecializedShareTable Circular2000 { get; } = new(
    [
        new(4, 40), new(6, 35), new(8, 30), new(12, 25), new(16, 20), new(20, 15), new(30, 10), new(50, 5), new(null, 2),
    ]);

    /// <summary>The percentage for a siège of <paramref name="seatCount"/> magistrates: the first row that covers it. O(rows).</summary>
    /// <param name="seatCount">The siège size, 0 or more.</param>
    /// <returns>The percentage, 0 to 100.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No row covers <paramref name="seatCount"/> (a table that the validator would reject).</exception>
    public int PercentFor(int seatCount)
    {
        Guard.NotNegative(seatCount);
        foreach (var bracket in Brackets)
        {
            if (bracket.MaxSeatCount is not { } max || max >= seatCount)
            {
                return bracket.Percent;
            }
        }

        throw Guard.OutOfRange(nameof(seatCount), seatCount, string.Create(CultureInfo.InvariantCulture, $"a size covered by the table (its last row ends at {Brackets.LastOrDefault().MaxSeatCount})"));
    }
}
