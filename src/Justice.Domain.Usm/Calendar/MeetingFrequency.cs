using System.Globalization;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Périodicité des réunions</i>: the meetings the texts require each year (<see cref="RequiredMeeting"/>): the national
/// council at least four times (Statuts USM, art. 15, al. 1), the general assembly once (art. 21), the council enlarged to
/// the regional officers once (RI USM, art. 2-4) and to the regional delegates once (RI art. 2-5), the regional delegate's
/// meeting of the sections at least once (RI art. 1-2, al. 2). A year is the civil year (the texts say "par an" and count
/// the dues by civil year, art. 5). "Une fois par an" is checked as at least once: an extraordinary assembly (art. 25) or a
/// further meeting does not break the rule, a year without one does.
/// </summary>
public static class MeetingFrequency
{
    /// <summary>"au moins quatre fois par an" (art. 15, al. 1).</summary>
    public const int CouncilMeetingsPerYear = 4;

    /// <summary>"au moins une fois par an" (RI art. 1-2, al. 2).</summary>
    public const int SectionsMeetingsPerYear = 1;

    /// <summary>Whether the national council met at least four times in <paramref name="year"/> (art. 15, al. 1).</summary>
    /// <param name="meetings">The days of the council's meetings (any years; a day counted once).</param>
    /// <param name="year">The civil year.</param>
    /// <returns>The verdict, with the count.</returns>
    public static RuleVerdict CouncilMetOftenEnough(IEnumerable<LocalDate> meetings, int year) =>
        MetOftenEnough(RequiredMeeting.NationalCouncil, meetings, year);

    /// <summary>Whether the regional delegate met the sections at least once in <paramref name="year"/> (RI art. 1-2, al. 2).</summary>
    /// <param name="meetings">The days of the meetings of the sections.</param>
    /// <param name="year">The civil year.</param>
    /// <returns>The verdict, with the count.</returns>
    public static RuleVerdict SectionsMetOftenEnough(IEnumerable<LocalDate> meetings, int year) =>
        MetOftenEnough(RequiredMeeting.SectionsMeeting, meetings, year);

    /// <summary>How many meetings of <paramref name="kind"/> the texts require in a year: 4 for the council, 1 for the others.</summary>
    /// <param name="kind">The meeting.</param>
    /// <returns>The minimum a year.</returns>
    public static int MinimumPerYear(RequiredMeeting kind) => Guard.Defined(kind) == RequiredMeeting.NationalCouncil ? CouncilMeetingsPerYear : 1;

    /// <summary>The article that requires <paramref name="kind"/>.</summary>
    /// <param name="kind">The meeting.</param>
    /// <returns>The reference.</returns>
    public static LegalReference ReferenceOf(RequiredMeeting kind) => Guard.Defined(kind) switch
    {
        RequiredMeeting.NationalCouncil => LegalReference.UsmStatutes(15, 1),
        RequiredMeeting.GeneralAssembly => LegalReference.UsmStatutes(21),
        RequiredMeeting.CouncilEnlargedToRegionalOfficers => LegalReference.UsmInternalRules("2-4", 1),
        RequiredMeeting.CouncilEnlargedToRegionalDelegates => LegalReference.UsmInternalRules("2-5", 1),
        _ => LegalReference.UsmInternalRules("1-2", 2),
    };

    /// <summary>Whether <paramref name="kind"/> was held often enough in <paramref name="year"/>.</summary>
    /// <param name="kind">The meeting.</param>
    /// <param name="meetings">The days it was held (any years; a day counted once).</param>
    /// <param name="year">The civil year.</param>
    /// <returns>The verdict, with the count and the article.</returns>
    public static RuleVerdict MetOftenEnough(RequiredMeeting kind, IEnumerable<LocalDate> meetings, int year) =>
        Check(meetings, year, MinimumPerYear(kind), Words(kind), ReferenceOf(kind));

    /// <summary>
    /// The calendar check: every civil year from <paramref name="firstYear"/> to <paramref name="lastYear"/> in which
    /// <paramref name="kind"/> was not held often enough, each with its verdict. Empty when every year is in order. O(n × y).
    /// </summary>
    /// <param name="kind">The meeting.</param>
    /// <param name="meetings">The days it was held.</param>
    /// <param name="firstYear">The first year checked.</param>
    /// <param name="lastYear">The last year checked, not before <paramref name="firstYear"/>.</param>
    /// <returns>The failing verdicts, by year.</returns>
    public static IReadOnlyList<RuleVerdict> YearsFallingShort(RequiredMeeting kind, IEnumerable<LocalDate> meetings, int firstYear, int lastYear)
    {
        var days = Guard.NotNull(meetings).ToList();
        Guard.InRange(firstYear, 1900, 9999);
        Guard.InRange(lastYear, firstYear, 9999);
        var result = new List<RuleVerdict>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var verdict = MetOftenEnough(kind, days, year);
            if (!verdict.Allowed)
            {
                result.Add(verdict);
            }
        }

        return result;
    }

    private static string Words(RequiredMeeting kind) => kind switch
    {
        RequiredMeeting.NationalCouncil => "meeting(s) of the national council",
        RequiredMeeting.GeneralAssembly => "general assembly(ies)",
        RequiredMeeting.CouncilEnlargedToRegionalOfficers => "council meeting(s) enlarged to the regional delegates, deputies and treasurers",
        RequiredMeeting.CouncilEnlargedToRegionalDelegates => "council meeting(s) enlarged to the regional delegates only",
        _ => "meeting(s) of the sections",
    };

    private static RuleVerdict Check(IEnumerable<LocalDate> meetings, int year, int minimum, string what, LegalReference reference)
    {
        var days = Guard.NotNull(meetings).ToList();
        Guard.InRange(year, 1900, 9999);
        var held = days.Where(d => d.Year == year).Distinct().Count();
        var text = string.Create(CultureInfo.InvariantCulture, $"{held} {what} in {year}; at least {minimum} a year");
        return held >= minimum ? RuleVerdict.Yes(text, reference) : RuleVerdict.No(text, reference);
    }
}
