using Justice.Domain.Core;
using NodaTime;
using NodaTime.Text;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Délai</i>: one deadline of the USM texts computed for a given event: the act, the limit (a day, or a day and a time
/// in a time zone where the text gives an hour) and the article. <see cref="Check(LocalDate)"/> says whether an act on
/// a given day is on time.
/// </summary>
/// <param name="Key">A stable identifier ("agenda", "late-candidacies").</param>
/// <param name="Act">What must be done, in words.</param>
/// <param name="Direction">Whether the act must come by the limit or not before it.</param>
/// <param name="Date">The limit day (inclusive).</param>
/// <param name="Time">The time of day of the limit, when the text gives one (inclusive); null for a whole day.</param>
/// <param name="Zone">The time zone of <paramref name="Time"/> (Europe/Paris for the USM), null for a whole day.</param>
/// <param name="Rule">How the limit is computed, in the text's words.</param>
/// <param name="Reference">The article.</param>
public sealed record UsmDeadline(
    string Key,
    string Act,
    DeadlineDirection Direction,
    LocalDate Date,
    LocalTime? Time,
    DateTimeZone? Zone,
    string Rule,
    LegalReference Reference)
{
    /// <summary>The limit as an instant-bearing value, when the text gives a time of day.</summary>
    public ZonedDateTime? DueAt => Time is { } time && Zone is { } zone ? (Date + time).InZoneLeniently(zone) : null;

    /// <summary>Checks an act done on <paramref name="day"/> (a whole day; for a timed limit, the act is taken at the start of the day).</summary>
    /// <param name="day">The day of the act.</param>
    /// <returns>The verdict, citing the article.</returns>
    public DeadlineCheck Check(LocalDate day)
    {
        var onTime = Direction == DeadlineDirection.NoLaterThan ? day <= Date : day >= Date;
        return new DeadlineCheck(this, LocalDatePattern.Iso.Format(day), onTime, Explain(LocalDatePattern.Iso.Format(day), onTime));
    }

    /// <summary>
    /// Checks an act done at <paramref name="at"/>: a timed limit is compared instant to instant; a day limit by the day
    /// of the act in the limit's zone, Europe/Paris for a whole-day limit of the USM texts (the seat, Statuts USM, art. 1):
    /// an act at 23:30 in Fort-de-France on the limit day is already the next day in Paris, and late.
    /// </summary>
    /// <param name="at">When the act was done.</param>
    /// <returns>The verdict, citing the article.</returns>
    public DeadlineCheck Check(ZonedDateTime at)
    {
        bool onTime;
        if (DueAt is { } due)
        {
            onTime = Direction == DeadlineDirection.NoLaterThan
                ? at.ToInstant() <= due.ToInstant()
                : at.ToInstant() >= due.ToInstant();
        }
        else
        {
            var day = at.WithZone(Zone ?? UsmCalendar.Paris).Date;
            onTime = Direction == DeadlineDirection.NoLaterThan ? day <= Date : day >= Date;
        }

        var shown = OffsetDateTimePattern.ExtendedIso.Format(at.ToOffsetDateTime());
        return new DeadlineCheck(this, shown, onTime, Explain(shown, onTime));
    }

    /// <summary>The limit as text: "2026-11-25 17:00 Europe/Paris" or "2026-11-20".</summary>
    public string LimitText => Time is { } t
        ? LocalDatePattern.Iso.Format(Date) + " " + LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(t) + " " + (Zone?.Id ?? string.Empty)
        : LocalDatePattern.Iso.Format(Date);

    private string Explain(string act, bool onTime) =>
        Act + " on " + act + (onTime ? " is on time: " : " is out of time: ") +
        (Direction == DeadlineDirection.NoLaterThan ? "no later than " : "no earlier than ") + LimitText + " (" + Rule + ", " + Reference + ")";
}
