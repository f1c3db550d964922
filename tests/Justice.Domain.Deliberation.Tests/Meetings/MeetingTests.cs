using Justice.Domain.Deliberation.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public class MeetingTests
{
    private static readonly Member[] Two = [new("a", Voice.Deliberative, isChair: true), new("b", Voice.Deliberative)];

    [Fact]
    public void Create_UnknownPresentMember_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Meeting.Create("bureau", new LocalDate(2026, 1, 1), Two, ["z"]));
        Assert.Contains("'z'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TwoChairs_ThrowsNamingThem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Meeting.Create("bureau", new LocalDate(2026, 1, 1), [.. Two, new Member("c", Voice.Deliberative, isChair: true)], ["a"]));
        Assert.Contains("a, c", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReconvenedDateNotBefore_ThrowsWithBothDates()
    {
        var ex = Assert.Throws<ArgumentException>(() => Meeting.Create("bureau", new LocalDate(2026, 1, 1), Two, ["a"], inquorateMeetingDate: new LocalDate(2026, 1, 1)));
        Assert.Contains("2026-01-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ProxyWithoutHolder_ThrowsNamingTheProxy()
    {
        var ex = Assert.Throws<ArgumentException>(() => Meeting.Create("bureau", new LocalDate(2026, 1, 1), Two, ["a"], [new Proxy("b", "a"), new Proxy("b", null!)]));
        Assert.Contains("proxies[1] ('b' → '')", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VoteTally_NegativeCount_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VoteTally(3, -1));
        Assert.Contains("no", ex.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void AttendanceOf_ReportsPresentAndAbsent()
    {
        var meeting = Meeting.Create("bureau", new LocalDate(2026, 1, 1), Two, ["a"]);
        Assert.Equal(Attendance.Present, meeting.AttendanceOf("a"));
        Assert.Equal(Attendance.Absent, meeting.AttendanceOf("b"));
    }
}
