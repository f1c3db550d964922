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

/// <summary>
/// <c>justice usm assembly</c>, <c>justice usm calendar</c> and <c>justice usm readings</c>: the USM's electoral
/// assembly, its deadlines and the readings where the texts are silent.
/// </summary>
public sealed class UsmModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var usm = new Command("usm", "The statutes and internal rules of the Union syndicale des magistrats as code.");
        usm.Subcommands.Add(AssemblyCommand(context));
        usm.Subcommands.Add(CalendarCommand(context));
        usm.Subcommands.Add(ReadingsCommand(context));
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
        var reading = new Option<string[]>("--reading")
        {
            Description = "A reading where the texts are silent, NAME=VALUE (repeatable), for example HonorarySeat=ExactlyOne; `justice usm readings` lists them and which the assembly reads. Default: the readings of docs/readings.md.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("assembly", "Simulates an electoral general assembly: proxies, candidacies, polling bureau, president and council.") { scenarioOption, json, printScenario, encoding, reading };
        command.SetAction(parse =>
        {
            var readings = UsmReadingOptions.Parse(parse.GetValue(reading) ?? []);
            var scenario = LoadScenario(parse.GetValue(scenarioOption), InputOptions.Format(parse, encoding).Encoding);
            if (parse.GetValue(printScenario))
            {
                context.Out.WriteLine(CliJson.Serialize(scenario, new UsmJsonContext(new JsonSerializerOptions(UsmJsonContext.Default.Options) { WriteIndented = true }).ElectoralAssemblyScenario));
                return 0;
            }

            var outcome = ElectoralAssembly.Run(scenario, readings);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(outcome, UsmJsonContext.Default.ElectoralAssemblyOutcome));
            }
            else
            {
                var chosen = UsmReadingOptions.Chosen(readings);
                context.Console.MarkupLine(Markup.Escape("Readings: " + (chosen.Count == 0 ? "the defaults (docs/readings.md)" : string.Join(", ", chosen) + "; the others the defaults (docs/readings.md)") + "."));
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

    private static Command ReadingsCommand(CliContext context)
    {
        var command = new Command("readings", "The readings where the USM texts are silent or ambiguous: each name, its articles, its values and the default (the values of --reading).");
        command.SetAction(_ =>
        {
            var table = new Table().Title("Readings (docs/readings.md)").AddColumns("Name", "Articles", "Values", "Default", "Read by usm assembly");
            foreach (var entry in UsmReadingOptions.All)
            {
                table.AddRow(Markup.Escape(entry.Name), Markup.Escape(entry.Articles), Markup.Escape(string.Join(", ", entry.Values)), Markup.Escape(entry.ValueOf(Justice.Domain.Usm.Readings.UsmReadings.Default)), entry.ReadByAssembly ? "yes" : "no");
            }

            context.Console.Write(table);
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
