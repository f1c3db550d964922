using Justice.Domain.Cav.Election;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class ElectionCalendarTests
{
    private static readonly LocalDate Expiry = new(2030, 3, 1);

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 1")]
    public void Window_FiveMonthsToFifteenDays()
    {
        var window = ElectionCalendar.Window(Expiry);
        Assert.Equal(new LocalDate(2029, 10, 1), window.Earliest);
        Assert.Equal(new LocalDate(2030, 2, 14), window.Latest);
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 1")]
    public void Check_Boundaries_BothSides()
    {
        Assert.Empty(ElectionCalendar.Check(Expiry, new LocalDate(2029, 10, 1), new LocalDate(2030, 2, 14), new LocalDate(2029, 8, 1)));
        var early = ElectionCalendar.Check(Expiry, new LocalDate(2029, 9, 30), new LocalDate(2029, 10, 6), new LocalDate(2029, 7, 1));
        Assert.Contains("more than five months", Assert.Single(early).Message, StringComparison.Ordinal);
        var late = ElectionCalendar.Check(Expiry, new LocalDate(2030, 2, 10), new LocalDate(2030, 2, 15), new LocalDate(2029, 12, 1));
        Assert.Contains("less than fifteen days", Assert.Single(late).Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 1")]
    public void Check_ArreteLessThanTwoMonthsBefore_Reported()
    {
        var voteStarts = new LocalDate(2030, 1, 10);
        Assert.Empty(ElectionCalendar.Check(Expiry, voteStarts, voteStarts.PlusDays(6), new LocalDate(2029, 11, 10)));
        var issue = Assert.Single(ElectionCalendar.Check(Expiry, voteStarts, voteStarts.PlusDays(6), new LocalDate(2029, 11, 11)));
        Assert.Contains("2029-11-11", issue.Message, StringComparison.Ordinal);
        Assert.Equal("Décret 2025-659, art. 1", issue.Reference.ToString());
    }

    [Fact]
    public void Check_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ElectionCalendar.Check(Expiry, new LocalDate(2030, 1, 10), new LocalDate(2030, 1, 9), new LocalDate(2029, 1, 1)));
    }
}
