using Justice.Domain.Usm.Calendar;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The meetings the texts require each year, read back whole: for each meeting its minimum, its words and its article,
/// one meeting short of the minimum and at it, so that a changed count, word or article fails.
/// </summary>
public class MeetingFrequencyTableTests
{
    // Statuts USM, art. 15, al. 1 ("au moins quatre fois par an"), art. 21 ("une fois par an"), RI USM, art. 2-4, al. 1 and
    // 2-5, al. 1 ("Une fois par an"), RI art. 1-2, al. 2 ("au moins une fois par an").
    public static TheoryData<RequiredMeeting, int, string, string> Meetings() => new()
    {
        { RequiredMeeting.NationalCouncil, 4, "meeting(s) of the national council", "Statuts USM, art. 15, al. 1" },
        { RequiredMeeting.GeneralAssembly, 1, "general assembly(ies)", "Statuts USM, art. 21" },
        { RequiredMeeting.CouncilEnlargedToRegionalOfficers, 1, "council meeting(s) enlarged to the regional delegates, deputies and treasurers", "RI USM, art. 2-4, al. 1" },
        { RequiredMeeting.CouncilEnlargedToRegionalDelegates, 1, "council meeting(s) enlarged to the regional delegates only", "RI USM, art. 2-5, al. 1" },
        { RequiredMeeting.SectionsMeeting, 1, "meeting(s) of the sections", "RI USM, art. 1-2, al. 2" },
    };

    [Theory]
    [MemberData(nameof(Meetings))]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    [Trait("Article", "Statuts USM, art. 21")]
    [Trait("Article", "RI USM, art. 1-2, al. 2")]
    public void MetOftenEnough_OneShortAndAtTheMinimum_ReadBack(RequiredMeeting kind, int minimum, string words, string article)
    {
        Assert.Equal(minimum, MeetingFrequency.MinimumPerYear(kind));
        Assert.Equal(article, MeetingFrequency.ReferenceOf(kind).ToString());

        // Meetings on the 10th of each month of 2027, and one on the last day of 2026 that does not count for 2027.
        var held = Enumerable.Range(1, minimum).Select(m => new LocalDate(2027, m, 10)).Prepend(new LocalDate(2026, 12, 31)).ToList();
        var shortOfOne = held.Take(minimum).ToList();
        Assert.Equal(
            "no: " + (minimum - 1) + " " + words + " in 2027; at least " + minimum + " a year (" + article + ")",
            MeetingFrequency.MetOftenEnough(kind, shortOfOne, 2027).ToString());
        Assert.Equal(
            "yes: " + minimum + " " + words + " in 2027; at least " + minimum + " a year (" + article + ")",
            MeetingFrequency.MetOftenEnough(kind, held, 2027).ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-2, al. 2")]
    public void SectionsMetOftenEnough_CitesRule1To2()
    {
        // RI USM, art. 1-2, al. 2: the regional delegate "les réunit au moins une fois par an".
        var verdict = MeetingFrequency.SectionsMetOftenEnough([new LocalDate(2027, 5, 3)], 2027);
        Assert.Equal("yes: 1 meeting(s) of the sections in 2027; at least 1 a year (RI USM, art. 1-2, al. 2)", verdict.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void YearsFallingShort_OneYear_AndTheBoundsOfTheYears()
    {
        // One year checked, the first equal to the last.
        Assert.Empty(MeetingFrequency.YearsFallingShort(RequiredMeeting.GeneralAssembly, [new LocalDate(2027, 11, 26)], 2027, 2027));
        Assert.Single(MeetingFrequency.YearsFallingShort(RequiredMeeting.GeneralAssembly, [new LocalDate(2027, 11, 26)], 2028, 2028));
        Assert.Equal("firstYear", Assert.Throws<ArgumentOutOfRangeException>(() => MeetingFrequency.YearsFallingShort(RequiredMeeting.GeneralAssembly, [], 1899, 2026)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => MeetingFrequency.CouncilMetOftenEnough([], 10000)).ParamName);
    }
}
