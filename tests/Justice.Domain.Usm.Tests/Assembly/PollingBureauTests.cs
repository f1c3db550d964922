using FsCheck.Xunit;
using Justice.Domain.Usm.Assembly;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Assembly;

public class PollingBureauTests
{
    private static List<AttendanceEntry> Attendance(int delegates)
    {
        var list = new List<AttendanceEntry>
        {
            new("pres", new LocalDate(1970, 1, 1), false),
            new("sg", new LocalDate(1975, 1, 1), false),
            new("hon", new LocalDate(1948, 1, 1), false),
            new("member", new LocalDate(1940, 1, 1), false),
        };
        list.AddRange(Enumerable.Range(1, delegates).Select(i => new AttendanceEntry("d" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), new LocalDate(1960 + i, 3, 1), true)));
        return list;
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_TenDelegates_NineMembersThreeOldestThreeYoungest()
    {
        var bureau = PollingBureau.Compute(Attendance(10), "pres", "sg", "hon");
        Assert.True(bureau.IsComplete);
        Assert.Equal(9, bureau.Seats.Count);
        Assert.Equal(["d01", "d02", "d03"], bureau.Seats.Where(s => s.Role == PollingBureauRole.OldestRegionalDelegate).Select(s => s.MemberId));
        Assert.Equal(["d10", "d09", "d08"], bureau.Seats.Where(s => s.Role == PollingBureauRole.YoungestRegionalDelegate).Select(s => s.MemberId));
        Assert.DoesNotContain(bureau.Seats, s => s.MemberId == "member");
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_FourDelegates_AllSitTwoSeatsReported()
    {
        var bureau = PollingBureau.Compute(Attendance(4), "pres", "sg", "hon");
        Assert.Equal(7, bureau.Seats.Count);
        Assert.Contains(bureau.Vacancies, v => v.Contains("2 delegate seat(s) empty", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_SecretaryGeneralAbsent_SeatReportedNamingTheMember()
    {
        var bureau = PollingBureau.Compute(Attendance(10).Where(a => a.MemberId != "sg"), "pres", "sg", "hon");
        Assert.Equal(8, bureau.Seats.Count);
        Assert.Contains(bureau.Vacancies, v => v.Contains("'sg'", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_SixDelegatesTwoBornTheSameDay_AllSitNoTieToResolve()
    {
        // With six delegates or fewer every one of them sits: a shared birth date decides nothing.
        var list = Attendance(6);
        list[7] = list[7] with { BirthDate = list[6].BirthDate }; // d04 born like d03
        var bureau = PollingBureau.Compute(list, "pres", "sg", "hon");
        Assert.True(bureau.IsComplete);
        Assert.Empty(bureau.UnresolvedTies);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Compute_TieAtTheEdgeOfTheOldest_ReportedNotHidden()
    {
        var list = Attendance(8);
        list[6] = list[6] with { BirthDate = list[5].BirthDate }; // d03 born like d02... shift so d03 and d04 tie
        list[7] = list[7] with { BirthDate = list[6].BirthDate };
        var bureau = PollingBureau.Compute(list, "pres", "sg", "hon");
        Assert.NotEmpty(bureau.UnresolvedTies);
    }

    [Fact]
    public void Compute_MemberTwice_ThrowsNamingTheMember()
    {
        var list = Attendance(6);
        list.Add(list[4]);
        var ex = Assert.Throws<ArgumentException>(() => PollingBureau.Compute(list, "pres", "sg", "hon"));
        Assert.Contains("'d01'", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public Property Property_BureauHasAtMostNineDistinctMembersAndTheOldestAreOlderThanTheYoungest()
    {
        var births = Gen.Choose(0, 20000).ArrayOf().ToArbitrary();
        return Prop.ForAll(births, days =>
        {
            var list = new List<AttendanceEntry> { new("pres", new LocalDate(1970, 1, 1), false), new("sg", new LocalDate(1970, 1, 1), false) };
            list.AddRange(days.Select((d, i) => new AttendanceEntry("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new LocalDate(1950, 1, 1).PlusDays(d), true)));
            var bureau = PollingBureau.Compute(list, "pres", "sg", null);
            var oldest = bureau.Seats.Where(s => s.Role == PollingBureauRole.OldestRegionalDelegate).Select(s => list.First(a => a.MemberId == s.MemberId).BirthDate).ToList();
            var youngest = bureau.Seats.Where(s => s.Role == PollingBureauRole.YoungestRegionalDelegate).Select(s => list.First(a => a.MemberId == s.MemberId).BirthDate).ToList();
            return bureau.Seats.Count <= 9
                && bureau.Seats.Select(s => s.MemberId).Distinct().Count() == bureau.Seats.Count
                && oldest.Count == Math.Min(3, days.Length)
                && youngest.Count == Math.Min(3, Math.Max(0, days.Length - 3))
                && (oldest.Count == 0 || youngest.Count == 0 || oldest.Max() <= youngest.Min());
        });
    }
}
