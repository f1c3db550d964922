using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// Every deadline of <see cref="UsmCalendar"/> with the text's own numbers: its key, direction, day, article, and a rule
/// that states the count of the text (15 days, one month, 45 days), so that a changed count, key, direction or article
/// fails. The opening day is Thursday 26 November 2026 and the vote Friday 27 November 2026.
/// </summary>
public class CalendarTableTests
{
    private static readonly LocalDate Opening = new(2026, 11, 26);
    private static readonly LocalDate Vote = new(2026, 11, 27);

    public static TheoryData<string, string, DeadlineDirection, string, string, string> Deadlines() => new()
    {
        // Statuts USM, art. 24: "quinze jours au moins avant la date".
        { "AgendaNotice", "agenda", DeadlineDirection.NoLaterThan, "2026-11-11", "Statuts USM, art. 24", "15 days" },
        // Statuts USM, art. 29: "au plus tard huit jours avant l'assemblée générale".
        { "AnnualAccountsClosed", "annual-accounts", DeadlineDirection.NoLaterThan, "2026-11-18", "Statuts USM, art. 29", "8 days" },
        // RI USM, art. 3-1, al. 1 and 3-2, al. 1: "un délai d'un mois au moins avant".
        { "PresidentialCall", "president-call", DeadlineDirection.NoLaterThan, "2026-10-26", "RI USM, art. 3-1, al. 1", "one month" },
        { "CouncilCall", "council-call", DeadlineDirection.NoLaterThan, "2026-10-26", "RI USM, art. 3-2, al. 1", "one month" },
        // RI USM, art. 3-1, al. 2 and 3-2, al. 2: "le vendredi qui précède le jour de l'ouverture".
        { "PresidentialCandidacies", "president-candidacies", DeadlineDirection.NoLaterThan, "2026-11-20", "RI USM, art. 3-1, al. 2", "Friday" },
        { "CouncilCandidacies", "council-candidacies", DeadlineDirection.NoLaterThan, "2026-11-20", "RI USM, art. 3-2, al. 2", "Friday" },
        // RI USM, art. 3-1, al. 3 and 3-2, al. 3: "le lundi précédant la date d'ouverture".
        { "PresidentialList", "president-list", DeadlineDirection.NoLaterThan, "2026-11-23", "RI USM, art. 3-1, al. 3", "Monday" },
        { "CouncilList", "council-list", DeadlineDirection.NoLaterThan, "2026-11-23", "RI USM, art. 3-2, al. 3", "Monday" },
        // RI USM, art. 3-2, al. 4: "jusqu'à la veille du scrutin à 17 heures"; al. 8: final list on the eve.
        { "LateCouncilCandidacies", "late-candidacies", DeadlineDirection.NoLaterThan, "2026-11-26", "RI USM, art. 3-2, al. 4", "17:00" },
        { "FinalCouncilList", "council-final-list", DeadlineDirection.NoLaterThan, "2026-11-26", "RI USM, art. 3-2, al. 8", "eve" },
        // RI USM, art. 3-3, al. 2: "à jour de leur cotisation la veille du scrutin".
        { "VoterDues", "voter-dues", DeadlineDirection.NoLaterThan, "2026-11-26", "RI USM, art. 3-3, al. 2", "eve" },
        // Statuts USM, art. 22, al. 1: "au plus tard le 31 décembre de l'année considérée".
        { "ElectoralAssemblyHeld", "electoral-assembly", DeadlineDirection.NoLaterThan, "2026-12-31", "Statuts USM, art. 22, al. 1", "31 December" },
        // RI USM, art. 2-7, al. 1 and 2-9, al. 1: "trois mois au moins avant la date du scrutin" (vote on 15 June 2027).
        { "CsmCall", "csm-call", DeadlineDirection.NoLaterThan, "2027-03-15", "RI USM, art. 2-7, al. 1", "three months" },
        { "CavCall", "cav-call", DeadlineDirection.NoLaterThan, "2027-03-15", "RI USM, art. 2-9, al. 1", "three months" },
        // RI USM, art. 2-7, al. 2 and 2-9, al. 2: "45 jours calendaires à compter de l'appel" (call on 15 March 2027).
        { "CsmCandidacies", "csm-candidacies", DeadlineDirection.NoLaterThan, "2027-04-29", "RI USM, art. 2-7, al. 2", "45 calendar days" },
        { "CavCandidacies", "cav-candidacies", DeadlineDirection.NoLaterThan, "2027-04-29", "RI USM, art. 2-9, al. 2", "45 calendar days" },
        // RI USM, art. 1-3, al. 3: elections "dans le délai de trois mois", then the bureau may designate (vacancy on 31 January 2026).
        { "RegionalVacancyElection", "regional-vacancy-election", DeadlineDirection.NoLaterThan, "2026-04-30", "RI USM, art. 1-3, al. 3", "three months" },
        { "BureauMayDesignateOrganiser", "bureau-designates-organiser", DeadlineDirection.NoEarlierThan, "2026-05-01", "RI USM, art. 1-3, al. 3", "three months" },
        // RI USM, art. 1-6, 3-6, al. 2 and 1-8: three months from the proclamation or the notification (10 February 2026).
        { "RegionalDissolutionElection", "regional-dissolution-election", DeadlineDirection.NoLaterThan, "2026-05-10", "RI USM, art. 1-6", "three months" },
        { "NewNationalElections", "new-national-elections", DeadlineDirection.NoLaterThan, "2026-05-10", "RI USM, art. 3-6, al. 2", "three months" },
        { "ContestedElectionRerun", "contested-election-rerun", DeadlineDirection.NoLaterThan, "2026-05-10", "RI USM, art. 1-8", "three months" },
        // Statuts USM, art. 30, al. 2: "avant le 31 mars" (statement sent in 2027).
        { "RegionalAccounts", "regional-accounts", DeadlineDirection.NoLaterThan, "2027-03-30", "Statuts USM, art. 30, al. 2", "31 March" },
        // RI USM, art. 1-9, al. 3 ("un délai de quinze jours"), al. 2 ("dans la quinzaine") and 1-1, al. 4 ("un délai de 15 jours"), from 10 February 2026.
        { "RegionalRulesSent", "regional-rules-sent", DeadlineDirection.NoLaterThan, "2026-02-25", "RI USM, art. 1-9, al. 3", "15 days" },
        { "SectionsAssembly", "sections-assembly", DeadlineDirection.NoLaterThan, "2026-02-25", "RI USM, art. 1-9, al. 2", "fortnight" },
        { "RegionalElectionMinutes", "regional-election-minutes", DeadlineDirection.NoLaterThan, "2026-02-25", "RI USM, art. 1-1, al. 4", "15 days" },
        // Statuts USM, art. 6 d: grievances "quinze jours au moins avant la réunion du conseil national" (meeting on 10 February 2026).
        { "GrievancesSent", "grievances", DeadlineDirection.NoLaterThan, "2026-01-26", "Statuts USM, art. 6, d", "15 days" },
        // Statuts USM, art. 15, al. 2: a new meeting "à huit jours au moins d'intervalle" (first meeting on 10 February 2026).
        { "ReconvenedCouncil", "reconvened-council", DeadlineDirection.NoEarlierThan, "2026-02-18", "Statuts USM, art. 15, al. 2", "eight days" },
        // Statuts USM, art. 6 c: dues after 2025 paid by 1 March 2026.
        { "DuesLapse", "dues-lapse", DeadlineDirection.NoLaterThan, "2026-03-01", "Statuts USM, art. 6, c", "1 March" },
    };

    private static UsmDeadline Compute(string name)
    {
        var event2026 = new LocalDate(2026, 2, 10);
        return name switch
        {
            "AgendaNotice" => UsmCalendar.AgendaNotice(Opening),
            "AnnualAccountsClosed" => UsmCalendar.AnnualAccountsClosed(Opening),
            "PresidentialCall" => UsmCalendar.PresidentialCall(Opening),
            "CouncilCall" => UsmCalendar.CouncilCall(Opening),
            "PresidentialCandidacies" => UsmCalendar.PresidentialCandidacies(Opening),
            "CouncilCandidacies" => UsmCalendar.CouncilCandidacies(Opening),
            "PresidentialList" => UsmCalendar.PresidentialList(Opening),
            "CouncilList" => UsmCalendar.CouncilList(Opening),
            "LateCouncilCandidacies" => UsmCalendar.LateCouncilCandidacies(Vote),
            "FinalCouncilList" => UsmCalendar.FinalCouncilList(Vote),
            "VoterDues" => UsmCalendar.VoterDues(Vote),
            "ElectoralAssemblyHeld" => UsmCalendar.ElectoralAssemblyHeld(2026),
            "CsmCall" => UsmCalendar.CsmCall(new LocalDate(2027, 6, 15)),
            "CavCall" => UsmCalendar.CavCall(new LocalDate(2027, 6, 15)),
            "CsmCandidacies" => UsmCalendar.CsmCandidacies(new LocalDate(2027, 3, 15)),
            "CavCandidacies" => UsmCalendar.CavCandidacies(new LocalDate(2027, 3, 15)),
            "RegionalVacancyElection" => UsmCalendar.RegionalVacancyElection(new LocalDate(2026, 1, 31)),
            "BureauMayDesignateOrganiser" => UsmCalendar.BureauMayDesignateOrganiser(new LocalDate(2026, 1, 31)),
            "RegionalDissolutionElection" => UsmCalendar.RegionalDissolutionElection(event2026),
            "NewNationalElections" => UsmCalendar.NewNationalElections(event2026),
            "ContestedElectionRerun" => UsmCalendar.ContestedElectionRerun(event2026),
            "RegionalAccounts" => UsmCalendar.RegionalAccounts(2027),
            "RegionalRulesSent" => UsmCalendar.RegionalRulesSent(event2026),
            "SectionsAssembly" => UsmCalendar.SectionsAssembly(event2026),
            "RegionalElectionMinutes" => UsmCalendar.RegionalElectionMinutes(event2026),
            "GrievancesSent" => UsmCalendar.GrievancesSent(event2026),
            "ReconvenedCouncil" => UsmCalendar.ReconvenedCouncil(event2026),
            "DuesLapse" => UsmCalendar.DuesLapse(2025),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such deadline"),
        };
    }

    [Theory]
    [MemberData(nameof(Deadlines))]
    [Trait("Article", "Statuts USM, art. 24")]
    [Trait("Article", "RI USM, art. 3-2")]
    public void Deadline_KeyDirectionDayArticleAndCount(string name, string key, DeadlineDirection direction, string day, string article, string count)
    {
        var deadline = Compute(name);
        Assert.Equal(key, deadline.Key);
        Assert.Equal(direction, deadline.Direction);
        Assert.Equal(day, NodaTime.Text.LocalDatePattern.Iso.Format(deadline.Date));
        Assert.Equal(article, deadline.Reference.ToString());
        Assert.Contains(count, deadline.Rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(deadline.Act), name + " names no act");

        // The explanation of a check names the act, the limit, the rule and the article.
        var check = deadline.Check(deadline.Date);
        Assert.True(check.OnTime);
        Assert.StartsWith(deadline.Act + " on ", check.Explanation, StringComparison.Ordinal);
        Assert.Contains(deadline.Rule, check.Explanation, StringComparison.Ordinal);
        Assert.Contains(article, check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 24")]
    public void Deadline_EveryActIsDistinctWithinItsKey()
    {
        var all = Deadlines().Select(row => Compute((string)row[0])).ToList();
        Assert.Equal(all.Count, all.Select(d => (d.Key, d.Act)).Distinct().Count());
    }

    [Theory]
    [InlineData(CavVoteDayReading.FirstVotingDay, "2027-03-01", "its first voting day")]
    [InlineData(CavVoteDayReading.LastVotingDay, "2027-03-05", "its last voting day")]
    [Trait("Article", "RI USM, art. 2-9, al. 1")]
    public void CavCall_SeveralVotingDays_ThreeMonthsBeforeTheReadDay(CavVoteDayReading reading, string day, string named)
    {
        // RI USM, art. 2-9, al. 1: "trois mois au moins avant la date du scrutin"; the vote runs 1 to 5 June 2027.
        var deadline = UsmCalendar.CavCall(new LocalDate(2027, 6, 1), new LocalDate(2027, 6, 5), reading);
        Assert.Equal("cav-call", deadline.Key);
        Assert.Equal(day, NodaTime.Text.LocalDatePattern.Iso.Format(deadline.Date));
        Assert.Equal("RI USM, art. 2-9, al. 1", deadline.Reference.ToString());
        Assert.Contains("three months", deadline.Rule, StringComparison.Ordinal);
        Assert.Contains(named, deadline.Rule, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(deadline.Act));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 2-9, al. 1")]
    public void CavCall_OneVotingDay_IsAccepted()
    {
        var day = new LocalDate(2027, 6, 1);
        Assert.Equal(new LocalDate(2027, 3, 1), UsmCalendar.CavCall(day, day).Date);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 2-9, al. 1")]
    public void CavCall_LastDayBeforeFirst_NamesTheFieldAndBothDays()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => UsmCalendar.CavCall(new LocalDate(2027, 6, 5), new LocalDate(2027, 6, 4)));
        Assert.Equal("lastVotingDay", error.ParamName);
        Assert.Contains("2027-06-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("2027-06-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void NoEarlierThan_DayBeforeIsOutOfTime_AndSaysSo()
    {
        // Statuts USM, art. 15, al. 2: the reconvened council meets eight days at least after the first meeting.
        var deadline = UsmCalendar.ReconvenedCouncil(new LocalDate(2026, 2, 10));
        var early = deadline.Check(new LocalDate(2026, 2, 17));
        Assert.False(early.OnTime);
        Assert.Contains("out of time", early.Explanation, StringComparison.Ordinal);
        Assert.Contains("no earlier than 2026-02-18", early.Explanation, StringComparison.Ordinal);
        Assert.True(deadline.Check(new LocalDate(2026, 2, 18).AtStartOfDayInZone(UsmCalendar.Paris)).OnTime);
        Assert.False(deadline.Check(new LocalDate(2026, 2, 17).At(new LocalTime(23, 59)).InZoneStrictly(UsmCalendar.Paris)).OnTime);
    }
}
