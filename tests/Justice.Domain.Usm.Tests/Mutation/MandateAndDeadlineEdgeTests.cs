using Justice.Domain.Core;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The mandates' ends (Statuts USM, art. 9, 13, 16; RI USM, art. 5-1) on the days that bound them, and a deadline's
/// explanation read back whole in both directions, for a day limit and a limit with an hour.
/// </summary>
public class MandateAndDeadlineEdgeTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 13, al. 1")]
    public void EndOfNationalMandate_AssemblyOnTheStartDay_Accepted_LaterThanTwoYears_ExtendsUnderEitherReading()
    {
        var start = new LocalDate(2026, 11, 27);
        Assert.Equal(start, MandateTerm.EndOfNationalMandate(start, start));

        // "se prolonge, en tant que de besoin, jusqu'à la première assemblée générale utile" (art. 9, 13, al. 1).
        var late = new LocalDate(2029, 1, 20);
        Assert.Equal(late, MandateTerm.EndOfNationalMandate(start, late, MandateOverlapReading.NominalTermRuns));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfNationalMandate(start, start.PlusDays(-1)));
        Assert.Contains("2026-11-26", error.Message, StringComparison.Ordinal);
        Assert.Contains("on or after the start of the mandate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 5-1")]
    public void EndOfChargeDeMission_DaysOnTheDesignation_Accepted_AssemblyBeforeIt_Rejected()
    {
        // "pour une durée déterminée et au maximum jusqu'à la prochaine assemblée générale à vocation électorale".
        var designated = new LocalDate(2027, 3, 1);
        Assert.Equal(designated, MandateTerm.EndOfChargeDeMission(designated, designated, new LocalDate(2028, 11, 24)));
        Assert.Equal(designated, MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2027, 12, 31), designated));
        var fixedEarly = Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2027, 2, 28), new LocalDate(2028, 11, 24)));
        Assert.Contains("a day on or after the designation", fixedEarly.Message, StringComparison.Ordinal);
        var assemblyEarly = Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2027, 12, 31), new LocalDate(2027, 2, 28)));
        Assert.Equal("nextElectoralAssembly", assemblyEarly.ParamName);
        Assert.Contains("2027-02-28", assemblyEarly.Message, StringComparison.Ordinal);
        Assert.Equal("RI USM, art. 5-1", MandateTerm.ChargeDeMissionReference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 24")]
    public void Check_DayLimit_ExplanationReadBackOnTimeAndLate()
    {
        // Statuts USM, art. 24: the agenda "quinze jours au moins avant la date fixée"; assembly on 26 November 2026.
        var deadline = UsmCalendar.AgendaNotice(new LocalDate(2026, 11, 26));
        Assert.Equal(
            deadline.Act + " on 2026-11-11 is on time: no later than 2026-11-11 (" + deadline.Rule + ", Statuts USM, art. 24)",
            deadline.Check(new LocalDate(2026, 11, 11)).Explanation);
        Assert.Equal(
            deadline.Act + " on 2026-11-12 is out of time: no later than 2026-11-11 (" + deadline.Rule + ", Statuts USM, art. 24)",
            deadline.Check(new LocalDate(2026, 11, 12)).Explanation);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Check_NoEarlierThanWithAnHour_ComparedInstantToInstant()
    {
        // A limit "no earlier than" a time of day, in Paris: one second before is early, the instant itself is on time.
        var reference = LegalReference.UsmStatutes(15, 2);
        var deadline = new UsmDeadline("reconvened-council", "New council meeting", DeadlineDirection.NoEarlierThan, new LocalDate(2026, 2, 18), new LocalTime(9, 0), UsmCalendar.Paris, "eight days at least", reference);
        var onTime = deadline.Check(new LocalDateTime(2026, 2, 18, 9, 0).InZoneStrictly(UsmCalendar.Paris));
        Assert.True(onTime.OnTime);
        Assert.Equal("New council meeting on 2026-02-18T09:00:00+01 is on time: no earlier than 2026-02-18 09:00 Europe/Paris (eight days at least, Statuts USM, art. 15, al. 2)", onTime.Explanation);
        Assert.False(deadline.Check(new LocalDateTime(2026, 2, 18, 8, 59, 59).InZoneStrictly(UsmCalendar.Paris)).OnTime);
        Assert.True(deadline.Check(new LocalDateTime(2026, 2, 18, 9, 0, 1).InZoneStrictly(UsmCalendar.Paris)).OnTime);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 1")]
    public void Check_DayLimitWithAZone_ReadsTheDayInThatZone()
    {
        // A whole-day limit carrying its own zone is read in that zone, not in Paris.
        var deadline = new UsmDeadline("agenda", "Agenda", DeadlineDirection.NoLaterThan, new LocalDate(2026, 11, 11), null, DateTimeZone.Utc, "15 days", LegalReference.UsmStatutes(24));
        Assert.True(deadline.Check(new LocalDateTime(2026, 11, 11, 23, 30).InZoneStrictly(DateTimeZone.Utc)).OnTime);
    }
}
