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
    public void CouncilMetOftenEnough_NullMeetings_ThrowsNamingTheArgument() =>
        Assert.Equal("meetings", Assert.Throws<ArgumentNullException>(() => MeetingFrequency.CouncilMetOftenEnough(null!, 2026)).ParamName);
}
