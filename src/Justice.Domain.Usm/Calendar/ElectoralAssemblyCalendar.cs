using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Calendrier de l'assemblée générale électorale</i>: every deadline that runs from the opening day and the day of
/// the vote of an electoral assembly (Statuts USM, art. 22, 24, 29; RI USM, art. 3-1 to 3-3), in date order.
/// </summary>
/// <param name="Opening">The opening day of the assembly.</param>
/// <param name="Vote">The day of the vote (on or after the opening day).</param>
/// <param name="Deadlines">The deadlines, by date.</param>
public sealed record ElectoralAssemblyCalendar(LocalDate Opening, LocalDate Vote, IReadOnlyList<UsmDeadline> Deadlines)
{
    /// <summary>The first year of an opening day the calendar computes (the package's year range, as <see cref="UsmCalendar.ElectoralAssemblyHeld"/>).</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year of an opening or voting day: the mandates' nominal end, two years after the vote (art. 9, 13), must still be a date.</summary>
    public const int LastYear = 9997;

    /// <summary>Computes the calendar of an assembly opening on <paramref name="opening"/> and voting on <paramref name="vote"/>.</summary>
    /// <param name="opening">The opening day.</param>
    /// <param name="vote">The day of the vote. The texts do not fix it; the final list is drawn up "la veille du scrutin, avant la levée de séance", so the assembly sits on the eve of the vote.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The opening is outside the years <see cref="FirstYear"/> to <see cref="LastYear"/>, or the vote is before the opening or after <see cref="LastYear"/>.</exception>
    public static ElectoralAssemblyCalendar For(LocalDate opening, LocalDate vote)
    {
        if (opening.Year < FirstYear || opening.Year > LastYear)
        {
            throw Guard.OutOfRange(nameof(opening), NodaTime.Text.LocalDatePattern.Iso.Format(opening), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a day in the years {FirstYear} to {LastYear}"));
        }

        if (vote.Year > LastYear)
        {
            throw Guard.OutOfRange(nameof(vote), NodaTime.Text.LocalDatePattern.Iso.Format(vote), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a day in the year {LastYear} at the latest"));
        }

        if (vote < opening)
        {
            throw Guard.OutOfRange(nameof(vote), NodaTime.Text.LocalDatePattern.Iso.Format(vote), "a day on or after the opening day " + NodaTime.Text.LocalDatePattern.Iso.Format(opening));
        }

        UsmDeadline[] deadlines =
        [
            UsmCalendar.PresidentialCall(opening),
            UsmCalendar.CouncilCall(opening),
            UsmCalendar.AgendaNotice(opening),
            UsmCalendar.AnnualAccountsClosed(opening),
            UsmCalendar.PresidentialCandidacies(opening),
            UsmCalendar.CouncilCandidacies(opening),
            UsmCalendar.PresidentialList(opening),
            UsmCalendar.CouncilList(opening),
            UsmCalendar.LateCouncilCandidacies(vote),
            UsmCalendar.FinalCouncilList(vote),
            UsmCalendar.VoterDues(vote),
            UsmCalendar.ElectoralAssemblyHeld(opening.Year),
        ];
        return new ElectoralAssemblyCalendar(opening, vote, deadlines.OrderBy(d => d.Date).ThenBy(d => d.Key, StringComparer.Ordinal).ToList());
    }

    /// <summary>The deadline with the given key.</summary>
    /// <param name="key">The key ("agenda", "council-candidacies"…).</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">No deadline has that key.</exception>
    public UsmDeadline this[string key] =>
        Deadlines.FirstOrDefault(d => d.Key == key)
        ?? throw new ArgumentException("key '" + key + "' is not a deadline of the calendar; expected one of " + string.Join(", ", Deadlines.Select(d => d.Key)) + ".", nameof(key));

    /// <summary>The nominal end of the mandates elected at this assembly: two years after the vote, extended to the first useful assembly (art. 9, 13).</summary>
    public LocalDate MandatesNominalEnd => MandateTerm.NominalEnd(Vote);
}
