using FsCheck.Xunit;
using System.Text.Json;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Serialization;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Serialization;

public class UsmJsonContextTests
{
    [Theory]
    [InlineData("{\"memberId\":\"m\",\"office\":\"President\"}", "Candidacy", "declaredAt")]
    [InlineData("{\"memberId\":\"m\",\"dues\":[]}", "MembershipRecord", "joinedOn")]
    [InlineData("{\"memberId\":\"m\",\"joinedOn\":\"2020-01-01\",\"dues\":[{\"year\":2026}]}", "MembershipRecord", "paidOn")]
    [InlineData("{\"memberId\":\"m\",\"joinedOn\":\"2020-01-01\",\"dues\":[{\"paidOn\":\"2026-01-15\"}]}", "MembershipRecord", "year")]
    [InlineData("{\"id\":\"m\",\"name\":\"M\",\"status\":\"AuditeurDeJustice\"}", "Member", "birthDate")]
    public void Deserialize_MissingDate_ThrowsNamingTheField(string json, string type, string field)
    {
        // A missing date would otherwise become 0001-01-01: a candidacy "declared" in year 1 is on time, dues "paid" in
        // year 1 are paid before every deadline, a delegate "born" in year 1 is the oldest of the polling bureau.
        var ex = Assert.Throws<JsonException>(() => type switch
        {
            "Candidacy" => (object?)JsonSerializer.Deserialize(json, UsmJsonContext.Default.Candidacy),
            "MembershipRecord" => JsonSerializer.Deserialize(json, UsmJsonContext.Default.MembershipRecord),
            _ => JsonSerializer.Deserialize(json, UsmJsonContext.Default.UnionMember),
        });
        Assert.Contains("'" + field + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ScenarioWithoutOpeningOrVote_ThrowsNamingTheField()
    {
        var json = "{\"vote\":\"2026-11-27\",\"members\":[],\"records\":[],\"present\":[],\"regionalDelegates\":[],\"president\":\"p\",\"secretaryGeneral\":\"s\",\"proxies\":[],\"candidacies\":[],\"ballots\":[],\"lotSeed\":1}";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, UsmJsonContext.Default.ElectoralAssemblyScenario));
        Assert.Contains("'opening'", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property MembershipRecord_RoundTrip_Lossless()
    {
        var gen = Gen.Choose(0, 3000).Zip(Gen.Choose(0, 5)).ToArbitrary();
        return Prop.ForAll(gen, pair =>
        {
            var joined = new LocalDate(2018, 1, 1).PlusDays(pair.Item1);
            var record = new MembershipRecord("m", joined, Enumerable.Range(0, pair.Item2).Select(k => new DuesPayment(joined.Year + k, joined.PlusYears(k))).ToList(), ResignedOn: pair.Item2 == 3 ? joined.PlusDays(9) : null);
            var json = JsonSerializer.Serialize(record, UsmJsonContext.Default.MembershipRecord);
            var back = JsonSerializer.Deserialize(json, UsmJsonContext.Default.MembershipRecord)!;
            return back.JoinedOn == record.JoinedOn && back.ResignedOn == record.ResignedOn && back.Dues.SequenceEqual(record.Dues)
                && JsonSerializer.Serialize(back, UsmJsonContext.Default.MembershipRecord) == json;
        });
    }

    [Fact]
    public void Member_RoundTrip_KeepsGradeCourtAndBasis()
    {
        var member = TestMembers.Honorary("h", "Nouméa") with { Grade = Core.Grade.FormerFirstGrade, LastJurisdictionCourt = TestMembers.Court("Lyon") };
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(member, UsmJsonContext.Default.UnionMember), UsmJsonContext.Default.UnionMember);
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
