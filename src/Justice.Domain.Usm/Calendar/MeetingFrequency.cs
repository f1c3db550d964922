using System.Globalization;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Périodicité des réunions</i>: the meetings the texts require "au moins N fois par an": the national council at least
/// four times a year (Statuts USM, art. 15, al. 1) and the regional delegate's meeting of the sections at least once a year
/// (RI USM, art. 1-2, al. 2). A year is the civil year (the texts say "par an" and count the dues by civil year, art. 5).
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
        Check(meetings, year, CouncilMeetingsPerYear, "meeting(s) of the national council", LegalReference.UsmStatutes(15, 1));

    /// <summary>Whether the regional delegate met the sections at least once in <paramref name="year"/> (RI art. 1-2, al. 2).</summary>
    /// <param name="meetings">The days of the meetings of the sections.</param>
    /// <param name="year">The civil year.</param>
    /// <returns>The verdict, with the count.</returns>
    public static RuleVerdict SectionsMetOftenEnough(IEnumerable<LocalDate> meetings, int year) =>
        Check(meetings, year, SectionsMeetingsPerYear, "meeting(s) of the sections", LegalReference.UsmInternalRules("1-2", 2));

    private static RuleVerdict Check(IEnumerable<LocalDate> meetings, int year, int minimum, string what, LegalReference reference)
    {
        var days = Guard.NotNull(meetings).ToList();
        Guard.InRange(year, 1900, 9999);
        var held = days.Where(d => d.Year == year).Distinct().Count();
        var text = string.Create(CultureInfo.InvariantCulture, $"{held} {what} in {year}; at least {minimum} a year");
        return held >= minimum ? RuleVerdict.Yes(text, reference) : RuleVerdict.No(text, reference);
    }
}
