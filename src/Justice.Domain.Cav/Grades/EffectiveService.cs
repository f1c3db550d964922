using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary>
/// <i>Services effectifs</i>: the day a duration of effective service is reached. Reading (docs/cav.md): "N ans de
/// services effectifs depuis" a day D is reached on the N-th anniversary of D (<see cref="LocalDate.PlusYears"/>;
/// for 29 February, 28 February of a common year), pushed back by one day for each day of a period that does not
/// count (a position other than activity or secondment), which the caller supplies.
/// </summary>
public static class EffectiveService
{
    /// <summary>The first day on which <paramref name="years"/> years of effective service since <paramref name="since"/> are reached. O(p log p).</summary>
    /// <param name="since">The start of service.</param>
    /// <param name="years">The years required, 1 or more.</param>
    /// <param name="notCounted">Periods (inclusive) that do not count as effective service; may overlap.</param>
    /// <returns>The day the duration is reached.</returns>
    public static LocalDate ReachedOn(LocalDate since, int years, IEnumerable<DateInterval>? notCounted = null)
    {
        Guard.Positive(years);
        var target = since.PlusYears(years);
        var cursor = since;
        foreach (var interval in (notCounted is null ? [] : Guard.NoNullElements(notCounted)).OrderBy(i => i.Start))
        {
            var start = interval.Start < cursor ? cursor : interval.Start;
            if (interval.End < start)
            {
                continue;
            }

            if (start >= target)
            {
                break;
            }

            var days = Period.Between(start, interval.End, PeriodUnits.Days).Days + 1;
            target = target.PlusDays(days);
            cursor = interval.End.PlusDays(1);
        }

        return target;
    }
}
