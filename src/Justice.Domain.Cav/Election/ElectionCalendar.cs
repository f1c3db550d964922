using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;
using static Justice.Domain.Cav.Invariant;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Calendrier de l'élection</i> (Décret 2025-659, art. 1): voting takes place "cinq mois au plus et quinze jours
/// au moins" before the mandate expires; the arrêté of the garde des Sceaux fixes the date at least two months
/// before voting begins.
/// </summary>
/// <remarks>Both bounds are inclusive: voting exactly five months, or exactly fifteen days, before the expiry is in time.</remarks>
public static class ElectionCalendar
{
    /// <summary>The window for a mandate expiring on <paramref name="mandateExpires"/>.</summary>
    /// <param name="mandateExpires">The day the mandate expires.</param>
    /// <returns>The window.</returns>
    public static VoteWindow Window(LocalDate mandateExpires) =>
        new(mandateExpires, mandateExpires.PlusMonths(-5), mandateExpires.PlusDays(-15));

    /// <summary>Checks a voting period and the date of the arrêté fixing it.</summary>
    /// <param name="mandateExpires">The day the mandate expires.</param>
    /// <param name="voteStarts">The first voting day.</param>
    /// <param name="voteEnds">The last voting day, not before <paramref name="voteStarts"/>.</param>
    /// <param name="orderSignedOn">The date of the arrêté fixing the vote.</param>
    /// <returns>Every issue; empty when the schedule is regular.</returns>
    public static ImmutableArray<ScheduleIssue> Check(LocalDate mandateExpires, LocalDate voteStarts, LocalDate voteEnds, LocalDate orderSignedOn)
    {
        if (voteEnds < voteStarts)
        {
            throw Guard.OutOfRange(nameof(voteEnds), Iso(voteEnds), "a date on or after voteStarts " + Iso(voteStarts));
        }

        var window = Window(mandateExpires);
        var issues = ImmutableArray.CreateBuilder<ScheduleIssue>();
        if (voteStarts < window.Earliest)
        {
            issues.Add(new(Text($"voting starts on {Iso(voteStarts)}, more than five months before the mandate expires ({Iso(mandateExpires)}); earliest {Iso(window.Earliest)}."), CavReferences.ElectionTiming));
        }

        if (voteEnds > window.Latest)
        {
            issues.Add(new(Text($"voting ends on {Iso(voteEnds)}, less than fifteen days before the mandate expires ({Iso(mandateExpires)}); latest {Iso(window.Latest)}."), CavReferences.ElectionTiming));
        }

        var orderDeadline = voteStarts.PlusMonths(-2);
        if (orderSignedOn > orderDeadline)
        {
            issues.Add(new(Text($"the arrêté fixing the vote is dated {Iso(orderSignedOn)}, less than two months before voting starts ({Iso(voteStarts)}); latest {Iso(orderDeadline)}."), CavReferences.ElectionTiming));
        }

        return issues.ToImmutable();
    }

}
