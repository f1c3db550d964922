using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Elections;

/// <summary>
/// <i>Sièges réservés</i>: at least <see cref="Minimum"/> seats go to candidates of <see cref="Category"/> (or of one
/// of <see cref="OtherCategories"/>: "les magistrats du second grade et les auditeurs de justice"), "sauf
/// insuffisance de candidatures" (Statuts USM, art. 12, al. 2): filled first in order of votes; seats a reservation
/// cannot fill return to the general pool. With a <see cref="Maximum"/>, candidates who qualify for the reservation
/// take no general seat once that many of them are elected ("dont un (1) conseiller … parmi les magistrats honoraires"
/// read as exactly one).
/// </summary>
/// <param name="Category">The category, which also names the reservation in the outcome.</param>
/// <param name="Minimum">The minimum number of seats, 1 or more.</param>
/// <param name="Reference">The article.</param>
/// <param name="OtherCategories">Further categories that qualify for the same reserved seats, or null.</param>
/// <param name="Maximum">The most seats candidates of the reservation may hold in all, at least <paramref name="Minimum"/>; null for no cap.</param>
public sealed record SeatReservation(string Category, int Minimum, LegalReference? Reference, IReadOnlyList<string>? OtherCategories = null, int? Maximum = null)
{
    /// <summary>The category.</summary>
    public string Category { get; init; } = Guard.NotBlank(Category);

    /// <summary>The minimum number of seats.</summary>
    public int Minimum { get; init; } = Guard.Positive(Minimum);

    /// <summary>The most seats the reservation's candidates may hold in all, or null for no cap.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A maximum below the minimum.</exception>
    public int? Maximum { get; init; } = Maximum is { } max
        ? (max >= Minimum ? max : throw Guard.OutOfRange(nameof(Maximum), max, "at least the minimum, " + Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        : null;

    /// <summary>Further categories that qualify, possibly empty.</summary>
    public IReadOnlyList<string> OtherCategories { get; init; } = OtherCategories is null ? ImmutableArray<string>.Empty : [.. Guard.NoNullElements(OtherCategories)];

    /// <summary>Whether <paramref name="candidate"/> qualifies for these reserved seats.</summary>
    /// <param name="candidate">The candidate.</param>
    /// <returns>True when the candidate is in the category or one of the other categories.</returns>
    public bool Admits(Candidate candidate) => Guard.NotNull(candidate).IsIn(Category) || OtherCategories.Any(candidate.IsIn);
}
