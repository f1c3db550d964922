using Justice.Domain.Core;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Calendar;

/// <summary>
/// <i>Délais des statuts et du règlement intérieur</i>: every deadline of the USM texts, computed from the event it runs
/// from. Counting conventions (documented in docs/usm.md): "N jours au moins avant D" is D − N days, inclusive;
/// "dans un délai de N jours / dans la quinzaine à compter de E" is E + N days, the day of E not counted;
/// "N mois" adds calendar months, the last day of a shorter month standing for a missing day (NodaTime's
/// <see cref="LocalDate.PlusMonths"/>); "avant le 31 mars" is 30 March at the latest; "le vendredi qui précède" is the
/// last Friday strictly before the day. Where a time of day is given (17:00), it is read in Europe/Paris.
/// One convention for every limit (docs/readings.md): a day limit ("au plus tard le D", "au D", "D − N jours") includes
/// the whole of D in Europe/Paris, the zone of the seat (art. 1), and what follows from missing it takes effect on the
/// next day; "avant le D" ends with the day before D; "jusqu'à … 17 heures" includes 17:00:00 in Europe/Paris.
/// </summary>
public static class UsmCalendar
{
    /// <summary>The time zone of the USM's seat (Paris, Statuts USM, art. 1), for limits with an hour.</summary>
    public static DateTimeZone Paris { get; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>"la veille du scrutin à 17 heures" (RI USM, art. 3-2, al. 4 to 6).</summary>
    public static LocalTime LateCandidacyHour { get; } = new(17, 0);

    /// <summary>Agenda made known "quinze jours au moins avant la date fixée" (art. 24).</summary>
    /// <param name="assembly">The (opening) day of the assembly.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline AgendaNotice(LocalDate assembly) =>
        Day("agenda", "Agenda of the assembly made known to members", DeadlineDirection.NoLaterThan, assembly.PlusDays(-15), "15 days at least before the assembly", LegalReference.UsmStatutes(24));

    /// <summary>Annual accounts closed "au plus tard huit jours avant l'assemblée générale" (art. 29).</summary>
    /// <param name="assembly">The day of the assembly.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline AnnualAccountsClosed(LocalDate assembly) =>
        Day("annual-accounts", "Annual accounts closed", DeadlineDirection.NoLaterThan, assembly.PlusDays(-8), "8 days at the latest before the assembly", LegalReference.UsmStatutes(29));

    /// <summary>Call for presidential candidacies "dans un délai d'un mois au moins avant" the electoral assembly (RI art. 3-1, al. 1).</summary>
    /// <param name="assembly">The opening day of the electoral assembly.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline PresidentialCall(LocalDate assembly) =>
        Day("president-call", "Call for candidacies to the presidency", DeadlineDirection.NoLaterThan, assembly.PlusMonths(-1), "one month at least before the electoral assembly", LegalReference.UsmInternalRules("3-1", 1));

    /// <summary>Call for council candidacies, one month at least before (RI art. 3-2, al. 1).</summary>
    /// <param name="assembly">The opening day of the electoral assembly.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CouncilCall(LocalDate assembly) =>
        Day("council-call", "Call for candidacies to the national council", DeadlineDirection.NoLaterThan, assembly.PlusMonths(-1), "one month at least before the electoral assembly", LegalReference.UsmInternalRules("3-2", 1));

    /// <summary>Presidential candidacies "au plus tard le vendredi qui précède le jour de l'ouverture" (RI art. 3-1, al. 2).</summary>
    /// <param name="assembly">The opening day.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline PresidentialCandidacies(LocalDate assembly) =>
        Day("president-candidacies", "Candidacy to the presidency declared to the bureau", DeadlineDirection.NoLaterThan, FridayBefore(assembly), "the Friday before the opening day; later candidacies are inadmissible", LegalReference.UsmInternalRules("3-1", 2));

    /// <summary>Council candidacies by the Friday before the opening day (RI art. 3-2, al. 2).</summary>
    /// <param name="assembly">The opening day.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CouncilCandidacies(LocalDate assembly) =>
        Day("council-candidacies", "Candidacy to the national council declared to the bureau", DeadlineDirection.NoLaterThan, FridayBefore(assembly), "the Friday before the opening day", LegalReference.UsmInternalRules("3-2", 2));

    /// <summary>List of presidential candidates sent "au plus tard le lundi précédant la date d'ouverture" (RI art. 3-1, al. 3).</summary>
    /// <param name="assembly">The opening day.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline PresidentialList(LocalDate assembly) =>
        Day("president-list", "List of candidates to the presidency sent to the national list", DeadlineDirection.NoLaterThan, MondayBefore(assembly), "the Monday before the opening day", LegalReference.UsmInternalRules("3-1", 3));

    /// <summary>List of council candidates sent by the Monday before the opening day (RI art. 3-2, al. 3).</summary>
    /// <param name="assembly">The opening day.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CouncilList(LocalDate assembly) =>
        Day("council-list", "List of candidates to the council sent to the national list", DeadlineDirection.NoLaterThan, MondayBefore(assembly), "the Monday before the opening day", LegalReference.UsmInternalRules("3-2", 3));

    /// <summary>
    /// Late council candidacies, open only in a category with too few candidates on the Friday: "jusqu'à la veille du
    /// scrutin à 17 heures", Europe/Paris (RI art. 3-2, al. 4 to 6).
    /// </summary>
    /// <param name="vote">The day of the vote.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline LateCouncilCandidacies(LocalDate vote) =>
        new("late-candidacies", "Late council candidacy (category short of candidates on the Friday)", DeadlineDirection.NoLaterThan, vote.PlusDays(-1), LateCandidacyHour, Paris,
            "the eve of the vote at 17:00", LegalReference.UsmInternalRules("3-2", 4));

    /// <summary>Final list of council candidates drawn up "la veille du scrutin, avant la levée de séance" (RI art. 3-2, al. 8).</summary>
    /// <param name="vote">The day of the vote.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline FinalCouncilList(LocalDate vote) =>
        Day("council-final-list", "Final list of council candidates drawn up by the president", DeadlineDirection.NoLaterThan, vote.PlusDays(-1), "the eve of the vote, before the sitting closes", LegalReference.UsmInternalRules("3-2", 8));

    /// <summary>Voters are members "à jour de leur cotisation la veille du scrutin" (RI art. 3-3, al. 2): dues paid by the eve.</summary>
    /// <param name="vote">The day of the vote.</param>
    /// <returns>The deadline for the dues.</returns>
    public static UsmDeadline VoterDues(LocalDate vote) =>
        Day("voter-dues", "Dues of the year paid to vote", DeadlineDirection.NoLaterThan, vote.PlusDays(-1), "up to date on the eve of the vote", LegalReference.UsmInternalRules("3-3", 2));

    /// <summary>The electoral assembly "doit se tenir au plus tard le 31 décembre de l'année considérée" (art. 22, al. 1).</summary>
    /// <param name="electionYear">The year of the election.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline ElectoralAssemblyHeld(int electionYear) =>
        Day("electoral-assembly", "Electoral general assembly held", DeadlineDirection.NoLaterThan, new LocalDate(Guard.InRange(electionYear, 1900, 9999), 12, 31), "31 December of the election year", LegalReference.UsmStatutes(22, 1));

    /// <summary>Call for CSM candidacies "dans un délai de trois mois au moins avant la date du scrutin" (RI art. 2-7, al. 1).</summary>
    /// <param name="csmVote">The day of the CSM vote.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CsmCall(LocalDate csmVote) =>
        Day("csm-call", "Call for CSM candidacies on the national list", DeadlineDirection.NoLaterThan, csmVote.PlusMonths(-3), "three months at least before the CSM vote", LegalReference.UsmInternalRules("2-7", 1));

    /// <summary>CSM candidacies "dans un délai de 45 jours calendaires à compter de l'appel" (RI art. 2-7, al. 2).</summary>
    /// <param name="call">The day of the call.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CsmCandidacies(LocalDate call) =>
        Day("csm-candidacies", "CSM candidacy sent to the president", DeadlineDirection.NoLaterThan, call.PlusDays(45), "45 calendar days from the call", LegalReference.UsmInternalRules("2-7", 2));

    /// <summary>Call for CAV candidacies three months at least before the vote (RI art. 2-9, al. 1).</summary>
    /// <param name="cavVote">The day of the commission d'avancement vote.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CavCall(LocalDate cavVote) =>
        Day("cav-call", "Call for commission d'avancement candidacies", DeadlineDirection.NoLaterThan, cavVote.PlusMonths(-3), "three months at least before the CAV vote", LegalReference.UsmInternalRules("2-9", 1));

    /// <summary>
    /// Call for CAV candidacies for the reformed election, voted over several days (Ord. 58-1270, art. 10-1-1, II, 1°;
    /// Décret 2025-659): RI art. 2-9, al. 1, written for the former collège des magistrats, applied with "la date du
    /// scrutin" read as <paramref name="reading"/> (docs/readings.md).
    /// </summary>
    /// <param name="firstVotingDay">The first day of the vote.</param>
    /// <param name="lastVotingDay">The last day of the vote, on or after the first.</param>
    /// <param name="reading">Which day is "la date du scrutin"; the first voting day by default.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The last voting day is before the first.</exception>
    public static UsmDeadline CavCall(LocalDate firstVotingDay, LocalDate lastVotingDay, CavVoteDayReading reading = CavVoteDayReading.FirstVotingDay)
    {
        if (lastVotingDay < firstVotingDay)
        {
            throw Guard.OutOfRange(nameof(lastVotingDay), NodaTime.Text.LocalDatePattern.Iso.Format(lastVotingDay), "a day on or after the first voting day " + NodaTime.Text.LocalDatePattern.Iso.Format(firstVotingDay));
        }

        var vote = Guard.Defined(reading) == CavVoteDayReading.FirstVotingDay ? firstVotingDay : lastVotingDay;
        return Day("cav-call", "Call for commission d'avancement candidacies", DeadlineDirection.NoLaterThan, vote.PlusMonths(-3),
            "three months at least before the CAV vote (" + (reading == CavVoteDayReading.FirstVotingDay ? "its first voting day" : "its last voting day") + ")", LegalReference.UsmInternalRules("2-9", 1));
    }

    /// <summary>CAV candidacies within 45 calendar days of the call (RI art. 2-9, al. 2).</summary>
    /// <param name="call">The day of the call.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline CavCandidacies(LocalDate call) =>
        Day("cav-candidacies", "CAV candidacy sent to the president", DeadlineDirection.NoLaterThan, call.PlusDays(45), "45 calendar days from the call", LegalReference.UsmInternalRules("2-9", 2));

    /// <summary>Elections to a vacant regional post "dans le délai de trois mois" (RI art. 1-3, al. 3).</summary>
    /// <param name="vacancy">The day the post fell vacant.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline RegionalVacancyElection(LocalDate vacancy) =>
        Day("regional-vacancy-election", "Election to a vacant regional post", DeadlineDirection.NoLaterThan, vacancy.PlusMonths(3), "three months from the vacancy", LegalReference.UsmInternalRules("1-3", 3));

    /// <summary>"Passé ce délai, le bureau national peut désigner tout adhérent … pour organiser les élections" (RI art. 1-3, al. 3).</summary>
    /// <param name="vacancy">The day the post fell vacant.</param>
    /// <returns>The first day the bureau may designate an organiser.</returns>
    public static UsmDeadline BureauMayDesignateOrganiser(LocalDate vacancy) =>
        Day("bureau-designates-organiser", "Bureau designates a member to organise the regional election", DeadlineDirection.NoEarlierThan, vacancy.PlusMonths(3).PlusDays(1), "once the three months have passed", LegalReference.UsmInternalRules("1-3", 3));

    /// <summary>New regional elections after a dissolution vote, within three months of the proclamation (RI art. 1-6).</summary>
    /// <param name="proclamation">The day the result of the dissolution vote was proclaimed.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline RegionalDissolutionElection(LocalDate proclamation) =>
        Day("regional-dissolution-election", "Election of a new regional bureau after dissolution", DeadlineDirection.NoLaterThan, proclamation.PlusMonths(3), "three months from the proclamation of the vote", LegalReference.UsmInternalRules("1-6"));

    /// <summary>New national elections provoked by the members, within three months of the proclamation (RI art. 3-6, al. 2).</summary>
    /// <param name="proclamation">The day the result of the vote was proclaimed.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline NewNationalElections(LocalDate proclamation) =>
        Day("new-national-elections", "New elections asked for by the members", DeadlineDirection.NoLaterThan, proclamation.PlusMonths(3), "three months from the proclamation of the vote", LegalReference.UsmInternalRules("3-6", 2));

    /// <summary>A contested regional or section election re-run within three months of the notification of the contest (RI art. 1-8).</summary>
    /// <param name="notificationReceived">The day the contest's notification was received.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline ContestedElectionRerun(LocalDate notificationReceived) =>
        Day("contested-election-rerun", "New election ordered by the bureau on a contest", DeadlineDirection.NoLaterThan, notificationReceived.PlusMonths(3), "three months at most from the notification", LegalReference.UsmInternalRules("1-8"));

    /// <summary>Regional accounts of the previous year sent "avant le 31 mars" (art. 30, al. 2): 30 March at the latest.</summary>
    /// <param name="year">The year in which the statement is sent.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline RegionalAccounts(int year) =>
        Day("regional-accounts", "Statement of the regional union's accounts for the previous year", DeadlineDirection.NoLaterThan, new LocalDate(Guard.InRange(year, 1900, 9999), 3, 30), "before 31 March", LegalReference.UsmStatutes(30, 2));

    /// <summary>A regional union's internal rules sent to the bureau "dans un délai de quinze jours" (RI art. 1-9, al. 3).</summary>
    /// <param name="adoption">The day of adoption.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline RegionalRulesSent(LocalDate adoption) =>
        Day("regional-rules-sent", "Regional internal rules sent to the national bureau", DeadlineDirection.NoLaterThan, adoption.PlusDays(15), "15 days from adoption", LegalReference.UsmInternalRules("1-9", 3));

    /// <summary>The assembly of the sections "réunie dans la quinzaine" of a request by a majority of the union's members (RI art. 1-9, al. 2).</summary>
    /// <param name="request">The day of the request.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline SectionsAssembly(LocalDate request) =>
        Day("sections-assembly", "Assembly of the union's sections convened on a majority request", DeadlineDirection.NoLaterThan, request.PlusDays(15), "within the fortnight of the request", LegalReference.UsmInternalRules("1-9", 2));

    /// <summary>Minutes of a regional election sent to the secretary general "dans un délai de 15 jours" (RI art. 1-1, al. 4).</summary>
    /// <param name="election">The day of the election.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline RegionalElectionMinutes(LocalDate election) =>
        Day("regional-election-minutes", "Minutes of the regional election sent to the secretary general", DeadlineDirection.NoLaterThan, election.PlusDays(15), "15 days from the election", LegalReference.UsmInternalRules("1-1", 4));

    /// <summary>Grievances sent "quinze jours au moins avant la réunion du conseil national" (art. 6 d; RI art. 1-4).</summary>
    /// <param name="councilMeeting">The day of the council meeting.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline GrievancesSent(LocalDate councilMeeting) =>
        Day("grievances", "Grievances sent by registered letter", DeadlineDirection.NoLaterThan, councilMeeting.PlusDays(-15), "15 days at least before the council meeting", LegalReference.Article(LegalText.UsmStatutes, "6", "d"));

    /// <summary>A council meeting without quorum is reconvened "à huit jours au moins d'intervalle" (art. 15, al. 2).</summary>
    /// <param name="firstMeeting">The day of the meeting without quorum.</param>
    /// <returns>The earliest day of the new meeting.</returns>
    public static UsmDeadline ReconvenedCouncil(LocalDate firstMeeting) =>
        Day("reconvened-council", "New council meeting without quorum condition", DeadlineDirection.NoEarlierThan, firstMeeting.PlusDays(8), "eight days at least after the meeting without quorum", LegalReference.UsmStatutes(15, 2));

    /// <summary>Dues after the last paid year due by 1 March of the next year, or membership is lost (art. 6 c).</summary>
    /// <param name="lastPaidYear">The year of the last dues.</param>
    /// <returns>The deadline.</returns>
    public static UsmDeadline DuesLapse(int lastPaidYear) =>
        Day("dues-lapse", "Next dues paid to keep membership", DeadlineDirection.NoLaterThan, Membership.Dues.LapseDate(lastPaidYear), "1 March of the year after the last dues", Membership.Dues.LapseReference);

    /// <summary>"Le vendredi qui précède le jour de l'ouverture": the last Friday strictly before <paramref name="day"/>.</summary>
    /// <param name="day">The opening day.</param>
    /// <returns>The Friday.</returns>
    public static LocalDate FridayBefore(LocalDate day) => day.Previous(IsoDayOfWeek.Friday);

    /// <summary>"Le lundi précédant la date d'ouverture": the last Monday strictly before <paramref name="day"/>.</summary>
    /// <param name="day">The opening day.</param>
    /// <returns>The Monday.</returns>
    public static LocalDate MondayBefore(LocalDate day) => day.Previous(IsoDayOfWeek.Monday);

    private static UsmDeadline Day(string key, string act, DeadlineDirection direction, LocalDate date, string rule, LegalReference reference) =>
        new(key, act, direction, date, null, null, rule, reference);
}
