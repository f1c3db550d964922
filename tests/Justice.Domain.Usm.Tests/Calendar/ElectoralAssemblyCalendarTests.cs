using Justice.Domain.Usm.Calendar;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Calendar;

public class ElectoralAssemblyCalendarTests
{
    [Fact]
    [Trait("Article", "RI USM, art. 3-1")]
    public void For_26November2026_DeadlinesInDateOrderWithTheirArticles()
    {
        var calendar = ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27));
        Assert.Equal(12, calendar.Deadlines.Count);
        Assert.Equal(calendar.Deadlines.OrderBy(d => d.Date).Select(d => d.Date), calendar.Deadlines.Select(d => d.Date));
        Assert.Equal(new LocalDate(2026, 11, 20), calendar["president-candidacies"].Date);
        Assert.Equal(new LocalDate(2026, 11, 23), calendar["council-list"].Date);
        Assert.Equal(new LocalDate(2026, 11, 26), calendar["voter-dues"].Date);
        Assert.Equal(new LocalDate(2028, 11, 27), calendar.MandatesNominalEnd);
        Assert.All(calendar.Deadlines, d => Assert.NotNull(d.Reference));
    }

    [Fact]
    public void For_VoteBeforeOpening_ThrowsNamingVote()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 25)));
        Assert.Equal("vote", ex.ParamName);
    }

    [Fact]
    public void For_OpeningOutsideTheCoveredYears_ThrowsNamingOpening()
    {
        // A missing "opening" in a scenario file deserialises to 0001-01-01: the error must name the opening day.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ElectoralAssemblyCalendar.For(new LocalDate(1, 1, 1), new LocalDate(2026, 11, 27)));
        Assert.Equal("opening", ex.ParamName);
    }

    [Fact]
    public void For_VoteTooLateForTheTwoYearMandate_ThrowsInsteadOfOverflowing()
    {
        // The mandates' nominal end (vote + 2 years, art. 9, 13) must be a representable date.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ElectoralAssemblyCalendar.For(new LocalDate(9998, 11, 26), new LocalDate(9998, 11, 27)));
        Assert.Equal("opening", ex.ParamName);
        Assert.Contains(ElectoralAssemblyCalendar.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnknownKey_ThrowsListingTheKeys()
    {
        var calendar = ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27));
        var ex = Assert.Throws<ArgumentException>(() => calendar["nope"]);
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("agenda", ex.Message, StringComparison.Ordinal);
    }
}
