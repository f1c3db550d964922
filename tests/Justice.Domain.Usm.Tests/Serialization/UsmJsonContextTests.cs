using System.Text.Json;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Serialization;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Serialization;

public class UsmJsonContextTests
{
    [Fact]
    public void MembershipRecord_RoundTrip_Lossless()
    {
        var gen = Gen.Choose(0, 3000).Zip(Gen.Choose(0, 5)).ToArbitrary();
        Prop.ForAll(gen, pair =>
        {
            var joined = new LocalDate(2018, 1, 1).PlusDays(pair.Item1);
            var record = new MembershipRecord("m", joined, Enumerable.Range(0, pair.Item2).Select(k => new DuesPayment(joined.Year + k, joined.PlusYears(k))).ToList(), ResignedOn: pair.Item2 == 3 ? joined.PlusDays(9) : null);
            var json = JsonSerializer.Serialize(record, UsmJsonContext.Default.MembershipRecord);
            var back = JsonSerializer.Deserialize(json, UsmJsonContext.Default.MembershipRecord)!;
            return back.JoinedOn == record.JoinedOn && back.ResignedOn == record.ResignedOn && back.Dues.SequenceEqual(record.Dues)
                && JsonSerializer.Serialize(back, UsmJsonContext.Default.MembershipRecord) == json;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Member_RoundTrip_KeepsGradeCourtAndBasis()
    {
        var member = TestMembers.Honorary("h", "Nouméa") with { Grade = Core.Grade.FormerFirstGrade, LastJurisdictionCourt = TestMembers.Court("Lyon") };
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(member, UsmJsonContext.Default.Member), UsmJsonContext.Default.Member);
        Assert.Equal(member, back);
    }

    [Fact]
    public void CalendarReport_Serialises_WithArticles()
    {
        var report = CalendarReport.Of(ElectoralAssemblyCalendar.For(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 27)));
        var json = JsonSerializer.Serialize(report, UsmJsonContext.Default.CalendarReport);
        Assert.Contains("\"reference\":\"RI USM, art. 3-2, al. 4\"", json, StringComparison.Ordinal);
        Assert.Contains("2026-11-26 17:00 Europe/Paris", json, StringComparison.Ordinal);
    }
}
