using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Conditions de dépôt des listes</i>: what a list is checked against.</summary>
/// <param name="SeatsToFill">The titular seats to fill (6 for a full renewal).</param>
/// <param name="VoteStarts">The first day of voting.</param>
/// <param name="Electors">The share of women among electors on 1 September before the vote.</param>
public sealed record ListRules(int SeatsToFill, LocalDate VoteStarts, GenderShare Electors)
{
    /// <summary>The titular seats to fill, 1 or more.</summary>
    public int SeatsToFill { get; init; } = Guard.Positive(SeatsToFill);

    /// <summary>The share of women among electors, built by <see cref="GenderShare.FromElectors"/> or <see cref="GenderShare.FromPercentage"/> (not the default value).</summary>
    public GenderShare Electors { get; init; } = Electors.Denominator > 0
        ? Electors
        : throw Guard.OutOfRange(nameof(Electors), "default", "a share built with GenderShare.FromElectors or GenderShare.FromPercentage");

    /// <summary>The last day a list may be filed: one month before the vote starts (filing on that day is in time).</summary>
    public LocalDate FilingDeadline => VoteStarts.PlusMonths(-1);
}
