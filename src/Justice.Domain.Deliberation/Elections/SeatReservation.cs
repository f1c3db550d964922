using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Elections;

/// <summary>
/// <i>Sièges réservés</i>: at least <see cref="Minimum"/> seats go to candidates of <see cref="Category"/>, "sauf
/// insuffisance de candidatures" (Statuts USM, art. 12, al. 2): filled first in order of votes; seats a
/// reservation cannot fill return to the general pool.
/// </summary>
/// <param name="Category">The category.</param>
/// <param name="Minimum">The minimum number of seats, 1 or more.</param>
/// <param name="Reference">The article.</param>
public sealed record SeatReservation(string Category, int Minimum, LegalReference? Reference)
{
    /// <summary>The category.</summary>
    public string Category { get; init; } = Guard.NotBlank(Category);

    /// <summary>The minimum number of seats.</summary>
    public int Minimum { get; init; } = Guard.Positive(Minimum);
}
