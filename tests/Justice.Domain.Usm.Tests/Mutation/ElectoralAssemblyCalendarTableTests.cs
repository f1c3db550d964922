using Justice.Domain.Usm.Calendar;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The calendar of an electoral assembly read back whole, in its order (date, then key), as published
/// (<see cref="CalendarReport"/>), and the bounds of the days it accepts. The opening day is Thursday 26 November 2026
/// and the vote Friday 27 November 2026.
/// </summary>
public class ElectoralAssemblyCalendarTableTests
{
    // RI USM, art. 3-1, al. 1 and 3-2, al. 1 (one month), Statuts USM, art. 24 (15 days), art. 29 (8 days), RI art. 3-1,
    // al. 2 and 3-2, al. 2 (the Friday), al. 3 (the Monday), RI art. 3-2, al. 4 (the eve at 17:00), al. 8 (the eve),
    // RI art. 3-3, al. 2 (the eve), Statuts USM, art. 22, al. 1 (31 December).
    private static readonly string[] Published =
    [
        "council-call NoLaterThan 2026-10-26 RI USM, art. 3-2, al. 1",
        "president-call NoLaterThan 2026-10-26 RI USM, art. 3-1, al. 1",
        "agenda NoLaterThan 2026-11-11 Statuts USM, art. 24",
        "annual-accounts NoLaterThan 2026-11-18 Statuts USM, art. 29",
        "council-candidacies NoLaterThan 2026-11-20 RI USM, art. 3-2, al. 2",
        "president-candidacies NoLaterThan 2026-11-20 RI USM, art. 3-1, al. 2",
        "council-list NoLaterThan 2026-11-23 RI USM, art. 3-2, al. 3",
        "president-list NoLaterThan 2026-11-23 RI USM, art. 3-1, al. 3",
        "council-final-list NoLaterThan 2026-11-26 RI USM, art. 3-2, al. 8",
        "late-candidacies NoLaterThan 2026-11-26 17:00 Europe/Paris RI USM, art. 3-2, al. 4",
        "voter-dues NoLaterThan 2026-11-26 RI USM, art. 3-3, al. 2",
        "electoral-assembly NoLaterThan 2026-12-31 Statuts USM, art. 22, al. 1",
    ];

    [Fact]
    [Trait("Article", "RI USM, art. 3-1")]
    [Trait("Article", "RI USM, art. 3-2")]
    public void Report_EveryDeadlineInDateThenKeyOrder_WithItsLimitAndArticle()
    {
        var report = CalendarReport.Of(ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27)));
        Assert.Equal("2026-11-26", report.Opening);
        Assert.Equal("2026-11-27", report.Vote);

        // Statuts USM, art. 9 and 13, al. 1: two years from the vote.
        Assert.Equal("2028-11-27", report.MandatesNominalEnd);
        Assert.Equal(Published, report.Deadlines.Select(d => d.Key + " " + d.Direction + " " + d.Limit + " " + d.Reference));
        Assert.All(report.Deadlines, d => Assert.False(string.IsNullOrWhiteSpace(d.Act + d.Rule)));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 8")]
    public void For_VoteOnTheOpeningDay_IsAccepted()
    {
        var day = new LocalDate(2026, 11, 27);
        var calendar = ElectoralAssemblyCalendar.For(day, day);
        Assert.Equal(new LocalDate(2026, 11, 26), calendar["voter-dues"].Date);
    }

    [Fact]
    public void For_YearBounds_FirstAndLastAcceptedYear_NextOneRejectedNamingTheDay()
    {
        Assert.Equal(new LocalDate(1899, 12, 1), ElectoralAssemblyCalendar.For(new LocalDate(1900, 1, 1), new LocalDate(1900, 1, 2))["president-call"].Date);
        Assert.Equal("opening", Assert.Throws<ArgumentOutOfRangeException>(() => ElectoralAssemblyCalendar.For(new LocalDate(1899, 12, 31), new LocalDate(1900, 1, 2))).ParamName);
        Assert.Equal(new LocalDate(9999, 12, 31), ElectoralAssemblyCalendar.For(new LocalDate(9997, 12, 30), new LocalDate(9997, 12, 31)).MandatesNominalEnd);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => ElectoralAssemblyCalendar.For(new LocalDate(9997, 12, 31), new LocalDate(9998, 1, 1)));
        Assert.Equal("vote", late.ParamName);
        Assert.Contains("9998-01-01", late.Message, StringComparison.Ordinal);
    }
}
