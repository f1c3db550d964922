using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Calendar;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Usm;

/// <summary>Prints USM outcomes for people: tables of proxies, candidacies, the polling bureau, results and explanations.</summary>
internal static class UsmReport
{
    public static void Assembly(CliContext context, ElectoralAssemblyOutcome outcome, bool brief = false)
    {
        var console = context.Console;
        console.MarkupLine(Markup.Escape($"Electoral general assembly opening {outcome.Opening}, vote on {outcome.Vote}: {outcome.Voters} voters present or represented and up to date (RI USM, art. 3-3)."));
        foreach (var issue in outcome.AttendanceIssues)
        {
            console.MarkupLine("[yellow]attendance:[/] " + Markup.Escape(issue));
        }

        var proxies = new Table().Title("Proxies (RI USM, art. 3-4)").AddColumns("Giver", "Holder", "Verdict", "Reason", "Article");
        foreach (var p in outcome.Proxies.Where(p => !brief || !p.Accepted))
        {
            proxies.AddRow(Markup.Escape(p.Giver), Markup.Escape(p.Holder), p.Accepted ? "[green]accepted[/]" : "[red]rejected[/]", Markup.Escape(p.Reason ?? string.Empty), Markup.Escape(p.Reference ?? string.Empty));
        }

        console.Write(proxies);
        var candidacies = new Table().Title("Candidacies (RI USM, art. 3-1, 3-2)").AddColumns("Member", "Office", "Category", "Verdict", "Reason", "Article");
        foreach (var c in outcome.Candidacies.Where(c => !brief || !c.Admitted || c.Late))
        {
            candidacies.AddRow(
                Markup.Escape(c.Candidacy.MemberId), c.Candidacy.Office.ToString(), c.Category?.ToString() ?? string.Empty,
                c.Admitted ? (c.Late ? "[green]admitted (late)[/]" : "[green]admitted[/]") : "[red]rejected[/]",
                Markup.Escape(c.Reason), Markup.Escape(c.Reference.ToString()));
        }

        console.Write(candidacies);
        var bureau = new Table().Title("Polling bureau (RI USM, art. 3-5)").AddColumns("Member", "Seat");
        foreach (var s in outcome.PollingBureau.Seats)
        {
            bureau.AddRow(Markup.Escape(s.MemberId), s.Role.ToString());
        }

        console.Write(bureau);
        foreach (var line in outcome.PollingBureau.Vacancies.Concat(outcome.PollingBureau.UnresolvedTies))
        {
            console.MarkupLine("[yellow]polling bureau:[/] " + Markup.Escape(line));
        }

        var ballots = new Table().Title("Ballots rejected and names not counted").AddColumns("Election", "Voter", "Cast by", "Name", "Reason", "Article");
        foreach (var b in outcome.BallotIssues)
        {
            ballots.AddRow(b.Office.ToString(), Markup.Escape(b.VoterId), Markup.Escape(b.CastBy), Markup.Escape(b.Choice ?? "(whole ballot)"), Markup.Escape(b.Reason), Markup.Escape(b.Reference));
        }

        console.Write(ballots);
        var president = new Table().Title("President (Statuts USM, art. 8)").AddColumns("Candidate", "Votes", "Elected");
        foreach (var (id, votes) in outcome.PresidentVotes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            president.AddRow(Markup.Escape(id), votes.ToString(System.Globalization.CultureInfo.InvariantCulture), id == outcome.President.Winner ? "[green]elected[/]" : string.Empty);
        }

        console.Write(president);
        var council = new Table().Title("National council (Statuts USM, art. 12: 26 seats, at least 1 honorary and 8 second grade or auditeurs)").AddColumns("#", "Member", "Votes", "Seat");
        var rank = 0;
        foreach (var e in outcome.Council.Elected)
        {
            council.AddRow((++rank).ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Id), e.Votes.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Seat));
        }

        console.Write(council);
        console.MarkupLine(Markup.Escape($"Rejected: {outcome.RejectedProxies} proxy(ies), {outcome.RejectedCandidacies} candidacy(ies), {outcome.RejectedBallots} ballot(s), {outcome.RejectedChoices} name(s); {outcome.AttendanceIssues.Count} attendance issue(s)."));
        console.MarkupLine("[bold]Explanation[/]");
        foreach (var line in outcome.Explanation.Concat(outcome.President.Explanation).Concat(outcome.Council.Explanation))
        {
            console.MarkupLine("  " + Markup.Escape(line.ToString()));
        }
    }

    public static void Calendar(CliContext context, ElectoralAssemblyCalendar calendar)
    {
        var table = new Table().AddColumns("Limit", "", "Act", "Rule", "Article");
        foreach (var d in calendar.Deadlines)
        {
            table.AddRow(Markup.Escape(d.LimitText), d.Direction == DeadlineDirection.NoLaterThan ? "by" : "from", Markup.Escape(d.Act), Markup.Escape(d.Rule), Markup.Escape(d.Reference.ToString()));
        }

        context.Console.Write(table);
        context.Console.MarkupLine(Markup.Escape("Mandates elected at this assembly run two years, to " + NodaTime.Text.LocalDatePattern.Iso.Format(calendar.MandatesNominalEnd) + ", extended as needed to the first useful assembly (Statuts USM, art. 9, 13, 16)."));
    }
}
