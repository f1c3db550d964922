using Justice.Domain.Usm.Calendar;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Calendar;

public class MeetingFrequencyTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void CouncilMetOftenEnough_ThreeIn2026_No_FourIn2026_Yes()
    {
        LocalDate[] three = [new(2026, 1, 15), new(2026, 3, 20), new(2026, 6, 12), new(2025, 12, 5), new(2027, 1, 8)];
        var no = MeetingFrequency.CouncilMetOftenEnough(three, 2026);
        Assert.False(no.Allowed);
        Assert.Equal("Statuts USM, art. 15, al. 1", no.Reference.ToString());
        Assert.Contains("3 meeting(s)", no.Reason, StringComparison.Ordinal);
        Assert.True(MeetingFrequency.CouncilMetOftenEnough([.. three, new(2026, 9, 25)], 2026).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void CouncilMetOftenEnough_SameDayTwice_CountsOnce() =>
        Assert.False(MeetingFrequency.CouncilMetOftenEnough([new(2026, 1, 15), new(2026, 1, 15), new(2026, 3, 20), new(2026, 6, 12)], 2026).Allowed);

    [Fact]
    [Trait("Article", "RI USM, art. 1-2, al. 2")]
    public void SectionsMetOftenEnough_OnceAYear()
    {
        Assert.False(MeetingFrequency.SectionsMetOftenEnough([new(2025, 5, 1)], 2026).Allowed);
        Assert.True(MeetingFrequency.SectionsMetOftenEnough([new(2026, 5, 1)], 2026).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 21")]
    public void Art21_GeneralAssembly_ReportsAYearWithout()
    {
        LocalDate[] congresses = [new(2024, 11, 22), new(2026, 11, 27), new(2026, 12, 18)];
        var missing = MeetingFrequency.YearsFallingShort(RequiredMeeting.GeneralAssembly, congresses, 2024, 2026);
        var year = Assert.Single(missing);
        Assert.Contains("0 general assembly(ies) in 2025", year.Reason, StringComparison.Ordinal);
        Assert.Equal("Statuts USM, art. 21", year.Reference.ToString());
        Assert.True(MeetingFrequency.MetOftenEnough(RequiredMeeting.GeneralAssembly, congresses, 2026).Allowed);
    }

    [Theory]
    [Trait("Article", "RI USM, art. 2-4")]
    [InlineData(RequiredMeeting.CouncilEnlargedToRegionalOfficers, "RI USM, art. 2-4, al. 1")]
    [InlineData(RequiredMeeting.CouncilEnlargedToRegionalDelegates, "RI USM, art. 2-5, al. 1")]
    public void Rule2To4And2To5_EnlargedCouncils_OnceAYear(RequiredMeeting kind, string article)
    {
        LocalDate[] held = [new(2026, 3, 14), new(2028, 3, 11)];
        var missing = MeetingFrequency.YearsFallingShort(kind, held, 2026, 2028);
        Assert.Equal(article, Assert.Single(missing).Reference.ToString());
        Assert.Contains("in 2027", missing[0].Reason, StringComparison.Ordinal);
        Assert.Equal(1, MeetingFrequency.MinimumPerYear(kind));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void YearsFallingShort_Council_FourAYear() =>
        Assert.Equal(2, MeetingFrequency.YearsFallingShort(RequiredMeeting.NationalCouncil, [new(2026, 1, 15), new(2026, 3, 20), new(2026, 6, 12), new(2026, 9, 25)], 2025, 2027).Count);

    [Fact]
    public void YearsFallingShort_LastYearBeforeFirst_ThrowsNamingIt() =>
        Assert.Equal("lastYear", Assert.Throws<ArgumentOutOfRangeException>(() => MeetingFrequency.YearsFallingShort(RequiredMeeting.GeneralAssembly, [], 2026, 2025)).ParamName);

    [Fact]
    public void CouncilMetOftenEnough_NullMeetings_ThrowsNamingTheArgument() =>
        Assert.Equal("meetings", Assert.Throws<ArgumentNullException>(() => MeetingFrequency.CouncilMetOftenEnough(null!, 2026)).ParamName);
}
