using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Readings;
using Justice.Domain.Usm.Regions;
using NodaTime.Text;
using UsmMember = Justice.Domain.Usm.Membership.UnionMember;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Déroulement de l'assemblée générale électorale</i>: runs the elections of the president (Statuts USM, art. 8) and of
/// the national council (art. 12) from a scenario. The USM rules decide who may vote (members up to date on the eve,
/// RI art. 3-3), which proxies hold (RI art. 3-4, checked by the Deliberation engine), which candidacies are admissible
/// (RI art. 3-1, 3-2) and which ballots count; the engine elects (plurality in one round, reserved seats, lots).
/// </summary>
public static class ElectoralAssembly
{
    /// <summary>
    /// Runs the assembly. Bad items (an unknown or lapsed member, a proxy over the cap or across unions, a late candidacy,
    /// a voter in arrears, a name that is not a candidate) are rejected with their article; every valid item still counts.
    /// O((m + p + c + b·k) log) for m members, p proxies, c candidacies, b ballots of k names.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="readings">The readings where the texts are silent (the proxies of members of no union, "second grade", the honorary seat); null for <see cref="UsmReadings.Default"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">Two members share an id, or a member has two records (a caller bug, not a domain result).</exception>
    public static ElectoralAssemblyOutcome Run(ElectoralAssemblyScenario scenario, UsmReadings? readings = null)
    {
        Guard.NotNull(scenario);
        readings ??= UsmReadings.Default;
        var members = Guard.NoNullElements(scenario.Members);
        ThrowIfTwice(members, m => m.Id, "scenario.Members holds member", "member ids must be unique");
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var recordList = Guard.NoNullElements(scenario.Records);
        ThrowIfTwice(recordList, r => r.MemberId, "scenario.Records holds two records for member", "one record per member, or a resignation or exclusion on the other could be lost");
        var records = recordList.ToDictionary(r => r.MemberId, StringComparer.Ordinal);
        var eve = scenario.Vote.PlusDays(-1);
        var lines = new List<ExplanationLine>();

        // Members on the eve of the vote, and whether up to date (RI art. 3-3, al. 2).
        var state = members.ToDictionary(
            m => m.Id,
            m => records.TryGetValue(m.Id, out var r) ? Dues.StateOn(r, eve) : new MembershipState(eve, true, true, null, null, "no record: taken as a member up to date", Dues.DuesReference),
            StringComparer.Ordinal);
        var engineMembers = members.Where(m => state[m.Id].IsMember).Select(m => ToEngineMember(m, state[m.Id].IsUpToDate, scenario.President)).ToList();
        var engineIds = engineMembers.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        lines.Add(new ExplanationLine(
            "voters",
            Inv($"{members.Length} member(s) listed; {engineMembers.Count} still members on the eve {Iso(eve)}, {engineMembers.Count(m => m.DuesUpToDate)} up to date with their dues"),
            LegalReference.UsmInternalRules("3-3", 2)));

        // Attendance.
        var attendanceIssues = new List<string>();
        var present = new List<string>();
        foreach (var id in Guard.NoNullElements(scenario.Present).Distinct(StringComparer.Ordinal))
        {
            if (!byId.ContainsKey(id))
            {
                attendanceIssues.Add("'" + id + "' signed the attendance list but is not a member (Statuts USM, art. 4, al. 1)");
            }
            else if (!engineIds.Contains(id))
            {
                attendanceIssues.Add("'" + id + "' is no longer a member on the eve of the vote: " + state[id].Reason + " (" + state[id].Reference + ")");
            }
            else
            {
                present.Add(id);
            }
        }

        // Proxies: the form (RI art. 3-4, al. 2), then the engine (membership, presence, cap of 5, same union).
        var catalogue = UsmDecisionCatalogue.Create(readings);
        var rules = catalogue[UsmDecision.GeneralAssemblyOrdinary].Rules;
        var forms = Guard.NoNullElements(scenario.Proxies);
        var verdicts = new ProxyVerdict?[forms.Length];
        var engineProxies = new List<(int Index, Proxy Proxy)>();
        for (var i = 0; i < forms.Length; i++)
        {
            if (!forms[i].WrittenDatedSigned)
            {
                verdicts[i] = new ProxyVerdict(forms[i].Giver, forms[i].Holder, false, "written, dated and signed form",
                    "the proxy of '" + forms[i].Giver + "' is not written, dated and signed with the names, functions and residences", LegalReference.UsmInternalRules("3-4", 2).ToString());
            }
            else
            {
                engineProxies.Add((i, new Proxy(forms[i].Giver, forms[i].Holder)));
            }
        }

        var meeting = Meeting.Create("assemblée générale", scenario.Vote, engineMembers, present, engineProxies.Select(p => p.Proxy));
        var checkedProxies = Deliberator.CheckProxies(meeting, rules);
        for (var k = 0; k < engineProxies.Count; k++)
        {
            var d = checkedProxies[k];
            verdicts[engineProxies[k].Index] = new ProxyVerdict(d.Proxy.Giver, d.Proxy.Holder, d.Accepted, d.Rule, d.Reason, d.Reference?.ToString());
        }

        var proxyVerdicts = verdicts.Select(v => v!).ToList();
        var holderOf = proxyVerdicts.Where(v => v.Accepted).ToDictionary(v => v.Giver, v => v.Holder, StringComparer.Ordinal);
        lines.Add(new ExplanationLine("proxies", Inv($"{proxyVerdicts.Count} proxy(ies): {holderOf.Count} accepted, {proxyVerdicts.Count - holderOf.Count} rejected"), LegalReference.UsmInternalRules("3-4")));

        // Candidacies.
        var candidacies = CandidacyRules.Decide(scenario.Candidacies, byId, records, scenario.Opening, scenario.Vote, readings.SecondGrade);
        var presidentCandidates = candidacies.Where(c => c.Admitted && c.Candidacy.Office == ElectiveOffice.President).Select(c => c.Candidacy.MemberId).ToList();
        var councilCandidates = candidacies.Where(c => c.Admitted && c.Candidacy.Office == ElectiveOffice.CouncilMember).ToDictionary(c => c.Candidacy.MemberId, c => c.Category!.Value, StringComparer.Ordinal);
        lines.Add(new ExplanationLine(
            "candidacies",
            Inv($"{candidacies.Count} candidacy(ies): {presidentCandidates.Count} to the presidency and {councilCandidates.Count} to the council admitted, {candidacies.Count(c => !c.Admitted)} rejected"),
            LegalReference.UsmInternalRules("3-2", 8)));

        // Polling bureau.
        var delegates = new HashSet<string>(Guard.NoNullElements(scenario.RegionalDelegates), StringComparer.Ordinal);
        var bureau = PollingBureau.Compute(
            present.Select(id => new AttendanceEntry(id, byId[id].BirthDate, delegates.Contains(id))),
            scenario.President,
            scenario.SecretaryGeneral,
            scenario.OutgoingHonoraryCouncilMember);
        lines.Add(new ExplanationLine("polling bureau", Inv($"{bureau.Seats.Count} of 9 seats filled") + (bureau.Vacancies.Count > 0 ? "; " + string.Join("; ", bureau.Vacancies) : string.Empty), PollingBureau.Reference));

        // Ballots.
        var presentSet = present.ToHashSet(StringComparer.Ordinal);
        var voters = engineMembers.Count(m => m.DuesUpToDate && (presentSet.Contains(m.Id) || holderOf.ContainsKey(m.Id)));
        var issues = new List<BallotIssue>();
        var presidentVotes = presidentCandidates.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        var councilVotes = councilCandidates.Keys.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal);
        var voted = new HashSet<(ElectiveOffice, string)>();
        foreach (var ballot in Guard.NoNullElements(scenario.Ballots))
        {
            CountBallot(ballot);
        }

        lines.Add(new ExplanationLine(
            "ballots",
            Inv($"{voters} voter(s) present or represented and up to date; {issues.Count(i => i.Choice is null)} ballot(s) rejected, {issues.Count(i => i.Choice is not null)} name(s) not counted"),
            LegalReference.UsmInternalRules("3-3")));

        // Elections, by the engine.
        var lots = DrawingOfLots.Seeded(scenario.LotSeed);
        var president = UsmElections.President(presidentVotes, lots);
        var council = UsmElections.Council(councilVotes, councilCandidates, lots, readings.HonorarySeat);
        lines.Add(new ExplanationLine("president", president.Winner is null ? "nobody elected" : "elected: " + president.Winner, LegalReference.UsmStatutes(8, 1)));
        lines.Add(new ExplanationLine("council", Inv($"{council.Elected.Length} of 26 seats filled"), LegalReference.UsmStatutes(12, 2)));

        return new ElectoralAssemblyOutcome(
            Iso(scenario.Opening), Iso(scenario.Vote), attendanceIssues, proxyVerdicts, candidacies, bureau, voters, issues,
            presidentVotes, councilVotes, president, council, lines, scenario.LotSeed);

        void CountBallot(Ballot ballot)
        {
            var office = ballot.Office;
            void Reject(string reason, LegalReference reference) => issues.Add(new BallotIssue(office, ballot.VoterId, ballot.CastBy, null, reason, reference.ToString()));
            if (!byId.ContainsKey(ballot.VoterId))
            {
                Reject("'" + ballot.VoterId + "' is not a member", LegalReference.UsmInternalRules("3-3", 2));
                return;
            }

            if (!engineIds.Contains(ballot.VoterId))
            {
                Reject("'" + ballot.VoterId + "' is no longer a member on the eve of the vote: " + state[ballot.VoterId].Reason, state[ballot.VoterId].Reference);
                return;
            }

            if (!state[ballot.VoterId].IsUpToDate)
            {
                Reject("'" + ballot.VoterId + "' was not up to date with the dues of " + eve.Year.ToString(CultureInfo.InvariantCulture) + " on the eve " + Iso(eve), LegalReference.UsmInternalRules("3-3", 2));
                return;
            }

            if (presentSet.Contains(ballot.VoterId))
            {
                if (ballot.CastBy != ballot.VoterId)
                {
                    Reject("'" + ballot.VoterId + "' is present and votes in person, not through '" + ballot.CastBy + "'", LegalReference.UsmInternalRules("3-3", 1));
                    return;
                }
            }
            else if (!holderOf.TryGetValue(ballot.VoterId, out var holder) || holder != ballot.CastBy)
            {
                Reject("'" + ballot.VoterId + "' is absent and '" + ballot.CastBy + "' holds no accepted proxy for that member", LegalReference.UsmInternalRules("3-4", 1));
                return;
            }

            if (!voted.Add((office, ballot.VoterId)))
            {
                Reject("'" + ballot.VoterId + "' has already voted in the election of the " + office, LegalReference.UsmInternalRules("3-3", 1));
                return;
            }

            var tally = office == ElectiveOffice.President ? presidentVotes : councilVotes;
            var listRef = office == ElectiveOffice.President ? LegalReference.UsmInternalRules("3-1", 3) : LegalReference.UsmInternalRules("3-2", 8);
            var valid = new List<string>();
            foreach (var choice in Guard.NoNullElements(ballot.Choices).Distinct(StringComparer.Ordinal))
            {
                if (tally.ContainsKey(choice))
                {
                    valid.Add(choice);
                }
                else
                {
                    issues.Add(new BallotIssue(office, ballot.VoterId, ballot.CastBy, choice,
                        "'" + choice + "' is not on the list of admitted candidates" + (byId.ContainsKey(choice) ? string.Empty : " (not a member)"), listRef.ToString()));
                }
            }

            var cap = office == ElectiveOffice.President ? 1 : NationalCouncilComposition.ElectedSeats;
            if (valid.Count > cap)
            {
                Reject(
                    Inv($"the ballot names {valid.Count} candidates; the election is uninominal and fills {cap} seat(s)"),
                    office == ElectiveOffice.President ? LegalReference.UsmStatutes(8, 1) : LegalReference.UsmStatutes(12, 2));
                return;
            }

            foreach (var choice in valid)
            {
                tally[choice]++;
            }
        }
    }

    private static void ThrowIfTwice<T>(IEnumerable<T> items, Func<T, string> id, string what, string rule)
    {
        var duplicate = items.GroupBy(id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(what + " '" + duplicate.Key + "' twice; " + rule + ".", "scenario");
        }
    }

    private static Deliberation.Meetings.Member ToEngineMember(UsmMember member, bool upToDate, string president)
    {
        var union = member.Status == MemberStatus.NotListed ? null : RegionalUnionMembership.Of(member).Union;
        var categories = new List<string>();
        if (member.Status == MemberStatus.AuditeurDeJustice)
        {
            categories.Add(UsmDecisionCatalogue.AuditeurCategory);
        }

        if (union?.IsOverseas == true)
        {
            categories.Add(UsmDecisionCatalogue.OverseasCategory);
        }

        return new Deliberation.Meetings.Member(member.Id, Voice.Deliberative, member.Id == president, union?.Name, categories, upToDate);
    }

    private static string Iso(NodaTime.LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
