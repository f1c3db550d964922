namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Calendrier publié</i>: the deadlines of an electoral assembly as plain values for JSON (the zone as its id, the
/// limit as ISO text), in date order.
/// </summary>
/// <param name="Opening">The opening day, ISO.</param>
/// <param name="Vote">The day of the vote, ISO.</param>
/// <param name="Deadlines">The deadlines.</param>
/// <param name="MandatesNominalEnd">Two years after the vote (art. 9, 13), ISO.</param>
public sealed record CalendarReport(string Opening, string Vote, IReadOnlyList<CalendarReportLine> Deadlines, string MandatesNominalEnd)
{
    /// <summary>Builds the report of a calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The report.</returns>
    public static CalendarReport Of(ElectoralAssemblyCalendar calendar)
    {
        Core.Guard.NotNull(calendar);
        static string Iso(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
        return new CalendarReport(
            Iso(calendar.Opening),
            Iso(calendar.Vote),
            calendar.Deadlines.Select(d => new CalendarReportLine(d.Key, d.Act, d.Direction, d.LimitText, d.Rule, d.Reference.ToString())).ToList(),
            Iso(calendar.MandatesNominalEnd));
    }
}
