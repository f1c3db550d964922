using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Linking;
using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Serialization;
using Justice.Samples.Cli;
using Justice.Samples.Synthetic;
using Spectre.Console;

namespace Justice.Samples.Identity;

/// <summary><c>justice identity …</c>: dedupe, link, find, explain, evaluate, generate.</summary>
public sealed class IdentityModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var identity = new Command("identity", "Person-identity matching on French civil-status records (Fellegi-Sunter, explained).");
        identity.Subcommands.Add(IdentityScale.IdentityScaleCommands.Dedupe(context));
        identity.Subcommands.Add(IdentityScale.IdentityScaleCommands.Blocking(context));
        identity.Subcommands.Add(IdentityScale.IdentityScaleCommands.Link(context));
        identity.Subcommands.Add(IdentityScale.IdentityScaleCommands.IndexStats(context));
        identity.Subcommands.Add(Find(context));
        identity.Subcommands.Add(Explain(context));
        identity.Subcommands.Add(Evaluate(context));
        identity.Subcommands.Add(Generate(context));
        yield return identity;
    }

    private static Option<string> PathOption(string name, string description, bool required = true) => new(name) { Description = description, Required = required };

    private static Command Find(CliContext context)
    {
        var index = PathOption("--index", "persons.csv to search");
        var query = PathOption("--query", "\"SURNAME;First names;YYYY-MM-DD;commune code\" or a JSON person record");
        var top = new Option<int>("--top") { Description = "how many candidates", DefaultValueFactory = _ => 5 };
        var model = PathOption("--model", "a trained model (JSON); trained unsupervised when absent", required: false);
        var json = new Option<bool>("--json") { Description = "print the candidates as JSON" };
        var command = new Command("find", "Finds the persons most likely to be the query, with explanations.") { index, query, top, model, json };
        command.SetAction(parse =>
        {
            var read = IdentityCsv.Read(parse.GetValue(index)!);
            var profile = CivilStatusProfile.Default;
            var prepared = read.Records.Select(profile.Prepare).ToArray();
            var trained = LoadOrTrain(parse.GetValue(model), profile.Profile, prepared);
            var idx = IdentityIndex.Build(IdentityMatcher.Create(profile.Profile, trained), prepared);
            var found = idx.Find(profile.Prepare(ParseQuery(parse.GetValue(query)!)), parse.GetValue(top));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(found, IdentityJsonContext.Default.IReadOnlyListMatchCandidate));
                return 0;
            }

            foreach (var candidate in found)
            {
                context.Console.WriteLine(FormattableString.Invariant($"#{candidate.Rank} {candidate.Comparison.RightId}: probability {candidate.Comparison.Probability:0.0000}, {candidate.Comparison.Band}"));
                context.Console.WriteLine(candidate.Comparison.ToText());
            }

            return 0;
        });
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var a = PathOption("--a", "first record: \"SURNAME;First names;YYYY-MM-DD;commune code\" or JSON");
        var b = PathOption("--b", "second record, same forms");
        var model = PathOption("--model", "a trained model (JSON); the profile's starting model when absent", required: false);
        var json = new Option<bool>("--json") { Description = "print the comparison as JSON" };
        var command = new Command("explain", "Compares two records and prints the waterfall.") { a, b, model, json };
        command.SetAction(parse =>
        {
            var profile = CivilStatusProfile.Default;
            var path = parse.GetValue(model);
            var trained = path is null ? MatchModel.Initial(profile.Profile) : Load(path);
            var comparison = IdentityMatcher.Create(profile.Profile, trained).Compare(profile.Prepare(ParseQuery(parse.GetValue(a)!, "a")), profile.Prepare(ParseQuery(parse.GetValue(b)!, "b")));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(comparison, IdentityJsonContext.Default.MatchComparison));
            }
            else
            {
                context.Console.WriteLine(comparison.ToText());
            }

            return 0;
        });
        return command;
    }

    private static Command Evaluate(CliContext context)
    {
        var dataset = new Option<string>("--dataset") { Description = "febrl1|febrl2|febrl3|febrl4|synthetic", Required = true };
        var people = new Option<int>("--people") { Description = "synthetic: persons to generate", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "synthetic: seed", DefaultValueFactory = _ => 2026 };
        var json = new Option<bool>("--json") { Description = "print the report as JSON" };
        var command = new Command("evaluate", "Measures pairwise precision, recall, F1 and the review band on a labelled dataset.") { dataset, people, seed, json };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(dataset)!;
            var report = name switch
            {
                "febrl1" or "febrl2" or "febrl3" => EvaluationHarness.FebrlDeduplication("febrl-dataset" + name[^1] + ".csv"),
                "febrl4" => EvaluationHarness.FebrlLinkage(),
                "synthetic" => Synthetic(parse.GetValue(people), parse.GetValue(seed)),
                _ => throw new CliUsageException("--dataset must be febrl1, febrl2, febrl3, febrl4 or synthetic"),
            };
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    report.Dataset, report.Records, report.CandidatePairs, report.Metrics.Precision, report.Metrics.Recall, report.Metrics.F1,
                    report.ReviewPairs, report.ReviewRecords, report.ReviewShare, report.TrainSeconds, report.MatchSeconds,
                }));
                return 0;
            }

            context.Console.WriteLine(FormattableString.Invariant(
                $"{report.Dataset}: {report.Records} records, {report.CandidatePairs} pairs compared; precision {report.Metrics.Precision:0.0000}, recall {report.Metrics.Recall:0.0000}, F1 {report.Metrics.F1:0.0000}; review band {report.ReviewPairs} pairs, {report.ReviewShare:P2} of records; training {report.TrainSeconds:0.0} s, matching {report.MatchSeconds:0.00} s"));
            return 0;
        });
        return command;
    }

    private static EvaluationReport Synthetic(int people, int seed)
    {
        var data = new SyntheticGenerator().Generate(people, seed);
        return EvaluationHarness.CivilStatus("synthetic", data.Records(), data.Truth).Report;
    }

    private static Command Generate(CliContext context)
    {
        var people = new Option<int>("--people") { Description = "persons to generate", Required = true };
        var seed = new Option<int>("--seed") { Description = "seed", DefaultValueFactory = _ => 2026 };
        var output = PathOption("--output", "folder for persons.csv and truth.csv");
        var communes = PathOption("--communes", "INSEE communes.csv in the schema of the embedded one (default: the embedded INSEE communes)", required: false);
        var command = new Command("generate", "Generates synthetic French civil-status records with known duplicates.") { people, seed, output, communes };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(people);
            if (n <= 0)
            {
                throw new CliUsageException("--people must be 1 or more");
            }

            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var communesFile = parse.GetValue(communes);
            var data = (communesFile is null ? new SyntheticGenerator() : new SyntheticGenerator(communesFile)).Generate(n, parse.GetValue(seed));
            IdentityCsv.Write(Path.Combine(folder, "persons.csv"), data.Rows);
            IdentityCsv.WritePairs(Path.Combine(folder, "truth.csv"), ("id", "person"), data.Truth.Select(kv => (kv.Key, kv.Value)));
            context.Console.WriteLine(FormattableString.Invariant($"{data.Rows.Count} records of {data.Truth.Values.Distinct().Count()} persons written to {folder}"));
            context.Console.WriteLine("corruptions: " + string.Join(", ", data.CorruptionCounts.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture))));
            context.Console.WriteLine("hard non-matches: " + string.Join(", ", data.HardNonMatches.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture))));
            return 0;
        });
        return command;
    }

    internal static PersonRecord ParseQuery(string text, string id = "query")
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return JsonSerializer.Deserialize(text, IdentityJsonContext.Default.PersonRecord) ?? throw new CliUsageException("the JSON record is empty");
        }

        var parts = text.Split(';');
        if (parts.Length < 3)
        {
            throw new CliUsageException("a record is \"SURNAME;First names;YYYY-MM-DD[;commune code[;sex]]\"");
        }

        if (!PartialDate.TryParse(parts[2], out var date, out var error))
        {
            throw new CliUsageException("birth date: " + error);
        }

        return new PersonRecord(id)
        {
            BirthSurname = parts[0],
            FirstNames = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            BirthDate = date,
            BirthCommuneCode = parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null,
            Sex = parts.Length > 4 ? parts[4].Trim().ToUpperInvariant() switch { "M" => Sex.Male, "F" => Sex.Female, _ => Sex.Unknown } : Sex.Unknown,
        };
    }

    private static MatchModel LoadOrTrain(string? path, MatchProfile profile, PreparedRecord[] prepared) =>
        path is not null ? Load(path) : prepared.Length < 2 ? MatchModel.Initial(profile) : ModelTrainer.Train(profile, prepared, new TrainingOptions());

    private static MatchModel Load(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), IdentityJsonContext.Default.MatchModel) ?? throw new CliUsageException("the model file is empty");
}
