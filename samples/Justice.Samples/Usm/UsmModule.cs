using System.CommandLine;
using System.Text.Json;
using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Serialization;
using Justice.Samples.Cli;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Justice.Samples.Usm;

/// <summary><c>justice usm assembly</c> and <c>justice usm calendar</c>: the USM's electoral assembly and its deadlines.</summary>
public sealed class UsmModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var usm = new Command("usm", "The statutes and internal rules of the Union syndicale des magistrats as code.");
        usm.Subcommands.Add(AssemblyCommand(context));
        usm.Subcommands.Add(CalendarCommand(context));
        yield return usm;
    }

    internal static ElectoralAssemblyScenario LoadScenario(string? path, System.Text.Encoding? encoding = null)
    {
        if (path is null)
        {
            return UsmDefaultScenario.Create();
        }

        var scenario = JsonInput.Read(path, encoding ?? Justice.Domain.Identity.Synthetic.TextInput.StrictUtf8, text => JsonSerializer.Deserialize(text, UsmJsonContext.Default.ElectoralAssemblyScenario))
            ?? throw new CliUsageException("scenario file '" + path + "' holds null; expected an ElectoralAssemblyScenario object (see docs/usm.md).");
        if (scenario.Members is null || scenario.Records is null || scenario.Present is null || scenario.RegionalDelegates is null
            || scenario.Proxies is null || scenario.Candidacies is null || scenario.Ballots is null || scenario.President is null || scenario.SecretaryGeneral is null)
        {
            throw new CliUsageException("scenario file '" + path + "' lacks a required field: members, records, present, regionalDelegates, president, secretaryGeneral, proxies, candidacies and ballots are required (see docs/usm.md).");
        }

        return scenario;
    }

    private static Command AssemblyCommand(CliContext context)
    {
        var scenarioOption = new Option<string?>("--scenario") { Description = "A JSON scenario (schema in docs/usm.md); the embedded default when omitted." };
        var json = new Option<bool>("--json") { Description = "Print the outcome as one JSON object." };
        var printScenario = new Option<bool>("--print-scenario") { Description = "Print the scenario (the embedded default, or the file) as JSON and stop: a template to edit." };
        var encoding = InputOptions.Encoding();
        var command = new Command("assembly", "Simulates an electoral general assembly: proxies, candidacies, polling bureau, president and council.") { scenarioOption, json, printScenario, encoding };
        command.SetAction(parse =>
        {
            var scenario = LoadScenario(parse.GetValue(scenarioOption), InputOptions.Format(parse, encoding).Encoding);
            if (parse.GetValue(printScenario))
            {
                context.Out.WriteLine(CliJson.Serialize(scenario, new UsmJsonContext(new JsonSerializerOptions(UsmJsonContext.Default.Options) { WriteIndented = true }).ElectoralAssemblyScenario));
                return 0;
            }

            var outcome = ElectoralAssembly.Run(scenario);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(outcome, UsmJsonContext.Default.ElectoralAssemblyOutcome));
            }
            else
            {
                UsmReport.Assembly(context, outcome);
            }

            return 0;
        });
        return command;
    }

    private static Command CalendarCommand(CliContext context)
    {
        var assembly = new Option<string>("--assembly") { Description = "The opening day of the electoral assembly (yyyy-MM-dd).", Required = true };
        var vote = new Option<string?>("--vote") { Description = "The day of the vote (yyyy-MM-dd); default: the day after the opening, the earliest day the texts allow (the list is closed 'la veille du scrutin, avant la levée de séance')." };
        var json = new Option<bool>("--json") { Description = "Print the calendar as one JSON object." };
        var command = new Command("calendar", "Every deadline of an electoral general assembly, with its article.") { assembly, vote, json };
        command.SetAction(parse =>
        {
            var opening = ParseDate(parse.GetValue(assembly)!, "--assembly");
            if (opening.Year < ElectoralAssemblyCalendar.FirstYear || opening.Year > ElectoralAssemblyCalendar.LastYear)
            {
                throw new CliUsageException("--assembly '" + LocalDatePattern.Iso.Format(opening) + "' is outside the years " + ElectoralAssemblyCalendar.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " to " + ElectoralAssemblyCalendar.LastYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + " the calendar computes.");
            }

            var voteDay = parse.GetValue(vote) is { } v ? ParseDate(v, "--vote") : opening.PlusDays(1);
            var calendar = ElectoralAssemblyCalendar.For(opening, voteDay);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(CalendarReport.Of(calendar), UsmJsonContext.Default.CalendarReport));
            }
            else
            {
                context.Console.WriteLine("Electoral general assembly opening " + LocalDatePattern.Iso.Format(opening) + ", vote on " + LocalDatePattern.Iso.Format(voteDay) + " (times in Europe/Paris):");
                UsmReport.Calendar(context, calendar);
            }

            return 0;
        });
        return command;
    }

    private static LocalDate ParseDate(string text, string option)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliUsageException(option + " '" + text + "' is not a date; expected yyyy-MM-dd, for example 2026-11-26.");
    }
}
