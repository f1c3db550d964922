using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Deliberation.Serialization;
using Justice.Samples.Cli;
using NodaTime.Text;
using Spectre.Console;

namespace Justice.Samples.Deliberation;

/// <summary><c>justice deliberate</c>: decides the motions of a meeting scenario and explains each decision.</summary>
internal static class DeliberateCommand
{
    /// <summary>The embedded example: a council shaped like the USM conseil national (Statuts USM, art. 12 and 15).</summary>
    public const string ExampleScenario = """
        {
          "body": "conseil national (example)",
          "date": "2026-03-14",
          "members": [
            { "id": "president", "chair": true, "group": "Paris" },
            { "id": "e01", "group": "Paris" }, { "id": "e02", "group": "Paris" }, { "id": "e03", "group": "Lyon" },
            { "id": "e04", "group": "Lyon" }, { "id": "e05", "group": "Rennes" }, { "id": "e06", "group": "Rennes" },
            { "id": "e07", "group": "Douai" }, { "id": "e08", "group": "Douai" }, { "id": "e09", "group": "Aix" },
            { "id": "e10", "group": "Aix" },
            { "id": "honorary-president", "voice": "consultative" },
            { "id": "auditeurs-delegate", "voice": "consultative" }
          ],
          "present": ["president", "e01", "e03", "e05", "honorary-president"],
          "proxies": [
            { "giver": "e02", "holder": "e01" },
            { "giver": "e04", "holder": "e03" },
            { "giver": "e06", "holder": "e05" },
            { "giver": "e07", "holder": "e05" },
            { "giver": "e08", "holder": "e05" },
            { "giver": "e09", "holder": "e10" }
          ],
          "rules": {
            "quorum": { "base": "DeliberativeMembers", "threshold": "more-than-half", "counting": "PresentOrRepresented",
                        "article": "Statuts USM, art. 15, al. 2", "reconvenedAfterDays": 8, "reconvenedArticle": "Statuts USM, art. 15, al. 2" },
            "majority": { "base": "PresentOrRepresented", "threshold": "more-than-half", "article": "Statuts USM, art. 15, al. 3" },
            "proxies": { "article": "Statuts USM, art. 15, al. 4", "capPerHolder": 2, "capArticle": "Statuts USM, art. 15, al. 4" },
            "tie": { "rule": "ChairCastingVote", "article": "Statuts USM, art. 15, al. 3" }
          },
          "motions": [
            { "title": "Motion on court staffing", "yes": 5, "no": 2, "abstentions": 1 },
            { "title": "Motion on the budget", "yes": 4, "no": 4, "chairVote": "Yes" }
          ]
        }
        """;

    public static Command Create(CliContext context)
    {
        var scenario = new Option<FileInfo?>("--scenario") { Description = "A JSON scenario (members, attendance, proxies, rules, motions); without it an embedded example runs." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        var encoding = InputOptions.Encoding();
        var command = new Command("deliberate", "Decides the motions of a meeting (quorum, proxies, majority, ties) and explains each decision.") { scenario, json, encoding };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(scenario);
            var outcomes = file is null ? Run(ExampleScenario) : JsonInput.Read(file.FullName, InputOptions.Format(parse, encoding).Encoding, Run);
            if (parse.GetValue(json))
            {
                var array = new JsonArray();
                foreach (var outcome in outcomes)
                {
                    array.Add(JsonSerializer.SerializeToNode(outcome, DeliberationJsonContext.Default.MotionOutcome));
                }

                context.Out.WriteLine(new JsonObject { ["outcomes"] = array }.ToJsonString(CliJson.Options));
            }
            else
            {
                foreach (var outcome in outcomes)
                {
                    Print(context, outcome);
                }
            }

            return 0;
        });
        return command;
    }

    public static IReadOnlyList<MotionOutcome> Run(string json)
    {
        var scenario = JsonSerializer.Deserialize(json, ScenarioJsonContext.Default.Scenario)
            ?? throw new CliUsageException("the scenario is empty.");
        RejectNulls(scenario);
        var members = scenario.Members.Select((m, i) => new Member(
            string.IsNullOrWhiteSpace(m.Id) ? throw new CliUsageException("members[" + i.ToString(CultureInfo.InvariantCulture) + "] has no id.") : m.Id,
            Enum<Voice>(m.Voice, "voice of member '" + m.Id + "'"),
            m.Chair,
            m.Group,
            m.Categories,
            m.DuesUpToDate));
        var meeting = Meeting.Create(
            scenario.Body,
            Date(scenario.Date, "date"),
            members,
            scenario.Present,
            scenario.Proxies.Select(p => new Proxy(p.Giver, p.Holder)),
            scenario.InquorateMeetingDate is null ? null : Date(scenario.InquorateMeetingDate, "inquorateMeetingDate"));
        var rules = Rules(scenario.Rules!);
        if (scenario.Motions.Count == 0)
        {
            throw new CliUsageException("the scenario has no motion; add at least one to \"motions\".");
        }

        return scenario.Motions.Select(m => Deliberator.Decide(
            meeting,
            rules,
            new Motion(m.Title, new VoteTally(m.Yes, m.No, m.Abstentions, m.Blank, m.Spoiled), m.ChairVote is null ? null : Enum<VoteChoice>(m.ChairVote, "chairVote of motion '" + m.Title + "'")))).ToList();
    }

    private const string NoDefault = "a scenario states the rules of its text (majority base and threshold, tie rule; quorum base, threshold and counting when a quorum applies): the engine has no default.";

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new CliUsageException("\"" + field + "\" is null or missing; " + NoDefault) : value;

    // JSON "null" where the schema expects an object or an array would otherwise surface as a NullReferenceException.
    private static void RejectNulls(Scenario scenario)
    {
        Items(scenario.Members, "members");
        Items(scenario.Present, "present");
        Items(scenario.Proxies, "proxies");
        Items(scenario.Motions, "motions");
        var rules = scenario.Rules ?? throw new CliUsageException("\"rules\" is null or missing; " + NoDefault);
        _ = rules.Majority ?? throw new CliUsageException("\"rules.majority\" is null or missing; " + NoDefault);
        _ = rules.Tie ?? throw new CliUsageException("\"rules.tie\" is null or missing; " + NoDefault);
        if (rules.Proxies is { } proxies)
        {
            Items(proxies.ExemptCategories, "rules.proxies.exemptCategories");
        }
    }

    private static void Items<T>(List<T>? items, string field)
        where T : class
    {
        if (items is null)
        {
            throw new CliUsageException("\"" + field + "\" is null; expected an array (omit it for none).");
        }

        var index = items.FindIndex(item => item is null);
        if (index >= 0)
        {
            throw new CliUsageException(field + "[" + index.ToString(CultureInfo.InvariantCulture) + "] is null; expected " + (typeof(T) == typeof(string) ? "a string." : "an object."));
        }
    }

    private static MeetingRules Rules(ScenarioRules r)
    {
        var quorum = r.Quorum is null
            ? QuorumRule.None
            : new QuorumRule(
                Enum<QuorumBase>(Required(r.Quorum.Base, "rules.quorum.base"), "rules.quorum.base"),
                CliParsing.Threshold(Required(r.Quorum.Threshold, "rules.quorum.threshold"), "rules.quorum.threshold"),
                Enum<QuorumCounting>(Required(r.Quorum.Counting, "rules.quorum.counting"), "rules.quorum.counting"),
                CliParsing.Article(r.Quorum.Article, "rules.quorum.article"));
        if (r.Quorum?.ReconvenedAfterDays is { } days)
        {
            quorum = quorum.WithReconvening(days, CliParsing.Article(r.Quorum.ReconvenedArticle, "rules.quorum.reconvenedArticle"));
        }

        var majority = new MajorityRule(
            Enum<MajorityBase>(Required(r.Majority!.Base, "rules.majority.base"), "rules.majority.base"),
            CliParsing.Threshold(Required(r.Majority.Threshold, "rules.majority.threshold"), "rules.majority.threshold"),
            CliParsing.Article(r.Majority.Article, "rules.majority.article"));
        var proxies = ProxyPolicy.NotAdmitted;
        if (r.Proxies is { } p)
        {
            var list = new List<ProxyRule>();
            if (p.CapPerHolder is { } cap)
            {
                list.Add(ProxyRule.CapPerHolder(cap, CliParsing.Article(p.CapArticle, "rules.proxies.capArticle")));
            }

            if (p.SameGroup)
            {
                list.Add(ProxyRule.SameGroup(p.ExemptCategories, CliParsing.Article(p.SameGroupArticle, "rules.proxies.sameGroupArticle")));
            }

            proxies = ProxyPolicy.AdmittedBy(CliParsing.Article(p.Article, "rules.proxies.article"), [.. list]);
        }

        var tieArticle = CliParsing.Article(r.Tie!.Article, "rules.tie.article");
        var tie = Enum<TieRuleKind>(Required(r.Tie.Rule, "rules.tie.rule"), "rules.tie.rule") switch
        {
            TieRuleKind.ChairCastingVote => TieRule.ChairCastingVote(tieArticle),
            TieRuleKind.DrawingOfLots => TieRule.DrawingOfLots(
                CliParsing.Lots(r.Tie.Entropy, r.Tie.Seed) ?? throw new CliUsageException("rules.tie.rule DrawingOfLots needs rules.tie.seed or rules.tie.entropy."),
                tieArticle),
            _ => TieRule.MotionFails(tieArticle),
        };
        return new MeetingRules(quorum, majority, proxies, tie, r.VotersMustBeUpToDateWithDues, CliParsing.Article(r.VotersArticle, "rules.votersArticle"));
    }

    private static T Enum<T>(string text, string field)
        where T : struct, System.Enum
    {
        if (System.Enum.TryParse<T>(text, true, out var value) && System.Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        throw new CliUsageException(field + " '" + text + "' is unknown; expected one of " + string.Join(", ", System.Enum.GetNames<T>()) + ".");
    }

    private static NodaTime.LocalDate Date(string text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliUsageException(field + " '" + text + "' is not an ISO date (yyyy-MM-dd).");
    }

    public static void Print(CliContext context, MotionOutcome outcome)
    {
        var color = outcome.Decision == MotionDecision.Adopted ? "green" : "red";
        context.Console.MarkupLine("[bold]" + Markup.Escape(outcome.Motion) + "[/]: [" + color + "]" + outcome.Decision + "[/]");
        var rejected = outcome.Proxies.Where(p => !p.Accepted).ToList();
        if (rejected.Count > 0)
        {
            var table = new Table().AddColumns("Proxy excluded", "Rule", "Reason", "Article");
            foreach (var p in rejected)
            {
                table.AddRow(Markup.Escape(p.Proxy.Giver + " → " + p.Proxy.Holder), Markup.Escape(p.Rule ?? string.Empty), Markup.Escape(p.Reason ?? string.Empty), Markup.Escape(p.Reference?.ToString() ?? "-"));
            }

            context.Console.Write(table);
        }

        context.Console.WriteLine(outcome.ToText());
    }
}
