using FsCheck.Xunit;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Calendar;

public class UsmCalendarTests
{
    // Thursday 26 November 2026, the default of `justice usm calendar`.
    private static readonly LocalDate Opening = new(2026, 11, 26);

    [Fact]
    [Trait("Article", "Statuts USM, art. 24")]
    public void AgendaNotice_15DaysBefore() => Assert.Equal(new LocalDate(2026, 11, 11), UsmCalendar.AgendaNotice(Opening).Date);

    [Fact]
    [Trait("Article", "Statuts USM, art. 29")]
    public void AnnualAccountsClosed_8DaysBefore() => Assert.Equal(new LocalDate(2026, 11, 18), UsmCalendar.AnnualAccountsClosed(Opening).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 1")]
    public void PresidentialCall_OneMonthBefore() => Assert.Equal(new LocalDate(2026, 10, 26), UsmCalendar.PresidentialCall(Opening).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 2")]
    public void CouncilCandidacies_TheFridayBefore() => Assert.Equal(new LocalDate(2026, 11, 20), UsmCalendar.CouncilCandidacies(Opening).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 2")]
    public void PresidentialCandidacies_OpeningOnAFriday_IsTheFridayAWeekBefore() =>
        Assert.Equal(new LocalDate(2026, 11, 20), UsmCalendar.PresidentialCandidacies(new LocalDate(2026, 11, 27)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 3")]
    public void PresidentialList_TheMondayBefore() => Assert.Equal(new LocalDate(2026, 11, 23), UsmCalendar.PresidentialList(Opening).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void LateCouncilCandidacies_EveOfTheVoteAt17ParisTime()
    {
        var deadline = UsmCalendar.LateCouncilCandidacies(new LocalDate(2026, 11, 27));
        var due = deadline.DueAt!.Value;
        Assert.Equal(new LocalDateTime(2026, 11, 26, 17, 0), due.LocalDateTime);
        Assert.Equal("Europe/Paris", due.Zone.Id);
        Assert.Equal(Offset.FromHours(1), due.Offset);
        var paris = UsmCalendar.Paris;
        Assert.True(deadline.Check(new LocalDateTime(2026, 11, 26, 17, 0).InZoneStrictly(paris)).OnTime);
        var late = deadline.Check(new LocalDateTime(2026, 11, 26, 17, 1).InZoneStrictly(paris));
        Assert.False(late.OnTime);
        Assert.Contains("RI USM, art. 3-2, al. 4", late.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void Rule3To2_LateCandidacy_17hInParis_BoundaryFromOtherZones()
    {
        // "jusqu'à la veille du scrutin à 17 heures", Europe/Paris: 17:00:00 is on time, one second later is not,
        // wherever the act is recorded. 26 November 2026 is winter time (UTC+1): 17:00 Paris is 16:00 UTC.
        var deadline = UsmCalendar.LateCouncilCandidacies(new LocalDate(2026, 11, 27));
        var utc = DateTimeZone.Utc;
        Assert.True(deadline.Check(new LocalDateTime(2026, 11, 26, 16, 0, 0).InZoneStrictly(utc)).OnTime);
        Assert.False(deadline.Check(new LocalDateTime(2026, 11, 26, 16, 0, 1).InZoneStrictly(utc)).OnTime);
        var martinique = DateTimeZoneProviders.Tzdb["America/Martinique"];
        Assert.True(deadline.Check(new LocalDateTime(2026, 11, 26, 12, 0).InZoneStrictly(martinique)).OnTime);
        Assert.False(deadline.Check(new LocalDateTime(2026, 11, 26, 12, 1).InZoneStrictly(martinique)).OnTime);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 29")]
    public void Art29_AccountsAuPlusTard8JoursAvant_LimitDayIncludedInParis()
    {
        // Assembly on 26 November 2026: accounts closed "au plus tard huit jours avant", by 18 November inclusive (Paris).
        var deadline = UsmCalendar.AnnualAccountsClosed(Opening);
        Assert.True(deadline.Check(new LocalDate(2026, 11, 18)).OnTime);
        Assert.False(deadline.Check(new LocalDate(2026, 11, 19)).OnTime);
        Assert.True(deadline.Check(new LocalDateTime(2026, 11, 18, 23, 59).InZoneStrictly(UsmCalendar.Paris)).OnTime);
        // 18 November at 19:00 in Martinique is already 19 November in Paris: late.
        Assert.False(deadline.Check(new LocalDateTime(2026, 11, 18, 19, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["America/Martinique"])).OnTime);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 2-9, al. 1")]
    public void Rule2To9_CavCall_ReformedElection6To12February2026_FirstVotingDayByDefault()
    {
        Assert.Equal(new LocalDate(2025, 11, 6), UsmCalendar.CavCall(new LocalDate(2026, 2, 6), new LocalDate(2026, 2, 12)).Date);
        Assert.Equal(new LocalDate(2025, 11, 12), UsmCalendar.CavCall(new LocalDate(2026, 2, 6), new LocalDate(2026, 2, 12), CavVoteDayReading.LastVotingDay).Date);
        Assert.Equal("lastVotingDay", Assert.Throws<ArgumentOutOfRangeException>(() => UsmCalendar.CavCall(new LocalDate(2026, 2, 6), new LocalDate(2026, 2, 5))).ParamName);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void LateCouncilCandidacies_SummerTime_OffsetIsTwoHours() =>
        Assert.Equal(Offset.FromHours(2), UsmCalendar.LateCouncilCandidacies(new LocalDate(2026, 6, 20)).DueAt!.Value.Offset);

    [Fact]
    [Trait("Article", "Statuts USM, art. 22, al. 1")]
    public void ElectoralAssemblyHeld_By31December() => Assert.Equal(new LocalDate(2026, 12, 31), UsmCalendar.ElectoralAssemblyHeld(2026).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 2-7, al. 1")]
    public void CsmCall_ThreeMonthsBefore_AndCandidacies45Days()
    {
        Assert.Equal(new LocalDate(2026, 11, 28), UsmCalendar.CsmCall(new LocalDate(2027, 2, 28)).Date);
        Assert.Equal(new LocalDate(2027, 2, 28), UsmCalendar.CsmCall(new LocalDate(2027, 5, 31)).Date);
        Assert.Equal(new LocalDate(2026, 12, 31), UsmCalendar.CsmCandidacies(new LocalDate(2026, 11, 16)).Date);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 2-9, al. 2")]
    public void CavCandidacies_45CalendarDays() => Assert.Equal(new LocalDate(2026, 3, 17), UsmCalendar.CavCandidacies(new LocalDate(2026, 1, 31)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 1-3, al. 3")]
    public void RegionalVacancyElection_ThreeMonths_ThenBureauMayDesignate()
    {
        var vacancy = new LocalDate(2026, 11, 30);
        Assert.Equal(new LocalDate(2027, 2, 28), UsmCalendar.RegionalVacancyElection(vacancy).Date);
        var designate = UsmCalendar.BureauMayDesignateOrganiser(vacancy);
        Assert.False(designate.Check(new LocalDate(2027, 2, 28)).OnTime);
        Assert.True(designate.Check(new LocalDate(2027, 3, 1)).OnTime);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-6")]
    public void RegionalDissolutionElection_ThreeMonthsFromProclamation() =>
        Assert.Equal(new LocalDate(2026, 7, 15), UsmCalendar.RegionalDissolutionElection(new LocalDate(2026, 4, 15)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 1-8")]
    public void ContestedElectionRerun_ThreeMonthsFromNotification() =>
        Assert.Equal(new LocalDate(2026, 5, 2), UsmCalendar.ContestedElectionRerun(new LocalDate(2026, 2, 2)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 3-6, al. 2")]
    public void NewNationalElections_ThreeMonthsFromProclamation() =>
        Assert.Equal(new LocalDate(2027, 1, 10), UsmCalendar.NewNationalElections(new LocalDate(2026, 10, 10)).Date);

    [Fact]
    [Trait("Article", "Statuts USM, art. 30, al. 2")]
    public void RegionalAccounts_Before31March()
    {
        var deadline = UsmCalendar.RegionalAccounts(2027);
        Assert.True(deadline.Check(new LocalDate(2027, 3, 30)).OnTime);
        Assert.False(deadline.Check(new LocalDate(2027, 3, 31)).OnTime);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-9, al. 3")]
    public void RegionalRulesSent_15Days() => Assert.Equal(new LocalDate(2026, 2, 16), UsmCalendar.RegionalRulesSent(new LocalDate(2026, 2, 1)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 1-9, al. 2")]
    public void SectionsAssembly_WithinTheFortnight() => Assert.Equal(new LocalDate(2026, 3, 16), UsmCalendar.SectionsAssembly(new LocalDate(2026, 3, 1)).Date);

    [Fact]
    [Trait("Article", "RI USM, art. 1-1, al. 4")]
    public void RegionalElectionMinutes_15Days() => Assert.Equal(new LocalDate(2026, 10, 16), UsmCalendar.RegionalElectionMinutes(new LocalDate(2026, 10, 1)).Date);

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void ReconvenedCouncil_EightDaysAtLeast()
    {
        var deadline = UsmCalendar.ReconvenedCouncil(new LocalDate(2026, 9, 10));
        Assert.False(deadline.Check(new LocalDate(2026, 9, 17)).OnTime);
        Assert.True(deadline.Check(new LocalDate(2026, 9, 18)).OnTime);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void GrievancesSent_15DaysBeforeTheMeeting() => Assert.Equal(new LocalDate(2026, 6, 5), UsmCalendar.GrievancesSent(new LocalDate(2026, 6, 20)).Date);

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 c")]
    public void DuesLapse_1MarchOfTheNextYear() => Assert.Equal(new LocalDate(2027, 3, 1), UsmCalendar.DuesLapse(2026).Date);

    [Property]
    [Trait("Article", "RI USM, art. 3-1, al. 2")]
    public Property Property_CandidacyDeadlineIsTheLastFridayStrictlyBeforeTheOpening()
    {
        var days = Gen.Choose(0, 3650).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).ToArbitrary();
        return Prop.ForAll(days, opening =>
        {
            var friday = UsmCalendar.CouncilCandidacies(opening).Date;
            var gap = Period.Between(friday, opening, PeriodUnits.Days).Days;
            return friday.DayOfWeek == IsoDayOfWeek.Friday && gap >= 1 && gap <= 7;
        });
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 24")]
    public Property Property_DeadlinesMoveWithTheAssemblyDate()
    {
        var shifts = Gen.Choose(0, 2000).Zip(Gen.Choose(1, 400)).ToArbitrary();
        return Prop.ForAll(shifts, pair =>
        {
            var a = new LocalDate(2025, 1, 1).PlusDays(pair.Item1);
            var b = a.PlusDays(pair.Item2);
            var shift = pair.Item2;
            var fixedGaps = UsmCalendar.AgendaNotice(b).Date == UsmCalendar.AgendaNotice(a).Date.PlusDays(shift)
                && UsmCalendar.AnnualAccountsClosed(b).Date == UsmCalendar.AnnualAccountsClosed(a).Date.PlusDays(shift)
                && UsmCalendar.LateCouncilCandidacies(b).Date == UsmCalendar.LateCouncilCandidacies(a).Date.PlusDays(shift);
            var monotone = UsmCalendar.PresidentialCall(b).Date >= UsmCalendar.PresidentialCall(a).Date
                && UsmCalendar.CouncilCandidacies(b).Date >= UsmCalendar.CouncilCandidacies(a).Date
                && UsmCalendar.CouncilList(b).Date >= UsmCalendar.CouncilList(a).Date;
            var weekly = shift % 7 != 0 || UsmCalendar.CouncilCandidacies(b).Date == UsmCalendar.CouncilCandidacies(a).Date.PlusDays(shift);
            return fixedGaps && monotone && weekly;
        });
    }
}
