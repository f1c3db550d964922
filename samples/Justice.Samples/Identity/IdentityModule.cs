using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;
using Justice.Samples.Cli;
using Justice.Domain.Identity.Synthetic;
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
        identity.Subcommands.Add(ReferentialCommands.Create(context));
        identity.Subcommands.Add(ClusterDemoCommand.Create(context));
        identity.Subcommands.Add(PartitionPlanCommand.Create(context));
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
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("find", "Finds the persons most likely to be the query, with explanations.") { index, query, top, model, json, quiet, encoding, delimiter };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(index)!;
            var format = InputOptions.Format(parse, encoding, delimiter);
            var wanted = ParseQuery(parse.GetValue(query)!);
            var modelPath = parse.GetValue(model);
            var (read, found) = IdentityScale.ScaleProgress.Run(parse.GetValue(quiet) || parse.GetValue(json), IdentityScale.IdentityScaleCommands.LiveConsole(context), context.Error, progress =>
            {
                progress.Start("read", 0);
                var read = IdentityCsv.Read(path, encoding: format.Encoding, delimiter: format.Delimiter);
                progress.Done(FormattableString.Invariant($"{read.Records.Count:N0} records, {read.RejectedRows:N0} rejected"));
                IdentityScale.BulkDeduplicationRun.RequireRecords(path, read.Records.Count, read.Errors, read.RejectedRows);
                var profile = CivilStatusProfile.Default;
                progress.Start("model", 0);
                var prepared = read.Records.Select(profile.Prepare).ToArray();
                var trained = LoadOrTrain(modelPath, profile.Profile, prepared);
                progress.Done(modelPath is null ? "trained" : "loaded");
                progress.Start("build the index", 0);
                var idx = IdentityIndex.Build(IdentityMatcher.Create(profile.Profile, trained), prepared);
                progress.Done(FormattableString.Invariant($"{prepared.Length:N0} records indexed"));
                return (read, idx.Find(profile.Prepare(wanted), parse.GetValue(top)));
            });
            foreach (var error in read.Errors.Take(50))
            {
                context.Error.WriteLine("rejected: " + error);
            }

            if (read.RejectedRows > 0)
            {
                context.Error.WriteLine(FormattableString.Invariant($"rejected rows: {read.RejectedRows:N0} of {read.Records.Count + read.RejectedRows:N0}"));
            }

            return PrintCandidates(context, found, parse.GetValue(json), "indexed");
        });
        return command;
    }

    /// <summary>Prints ranked candidates: as JSON, or each with its waterfall.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="found">The candidates.</param>
    /// <param name="json">Whether to print JSON.</param>
    /// <param name="searched">What was searched ("indexed", "stored"), for the no-candidate message.</param>
    /// <returns>The exit code (0).</returns>
    internal static int PrintCandidates(CliContext context, IReadOnlyList<MatchCandidate> found, bool json, string searched)
    {
        if (json)
        {
            context.Out.WriteLine(CliJson.Serialize(found, IdentityJsonContext.Default.IReadOnlyListMatchCandidate));
            return 0;
        }

        if (found.Count == 0)
        {
            context.Console.WriteLine("no candidate: no " + searched + " record shares a blocking key with the query.");
        }

        foreach (var candidate in found)
        {
            context.Console.WriteLine(FormattableString.Invariant($"#{candidate.Rank} {candidate.Comparison.RightId}: probability {candidate.Comparison.Probability:0.0000}, {candidate.Comparison.Band}"));
            context.Console.WriteLine(candidate.Comparison.ToText());
        }

        return 0;
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
                context.Out.WriteLine(CliJson.Serialize(comparison, IdentityJsonContext.Default.MatchComparison));
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
        var dataset = new Option<string?>("--dataset") { Description = "febrl1|febrl2|febrl3|febrl4|synthetic" };
        var input = new Option<string?>("--input") { Description = "a labelled persons.csv (identity schema), with --truth" };
        var truth = new Option<string?>("--truth") { Description = "with --input: truth.csv (id,person), a person for every record" };
        var people = new Option<int>("--people") { Description = "synthetic: persons to generate", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<int>("--seed") { Description = "synthetic: seed", DefaultValueFactory = _ => 2026 };
        var json = new Option<bool>("--json") { Description = "print the report as JSON" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("evaluate", "Measures a deduplication against a truth: blocking recall ceiling, precision, recall, F1 (per corruption class on synthetic data), false positives among look-alikes, field-loss ceilings.")
        {
            dataset, input, truth, people, seed, json, quiet, encoding, delimiter,
        };
        command.Validators.Add(result =>
        {
            var hasDataset = result.GetResult(dataset) is not null;
            var hasInput = result.GetResult(input) is not null;
            if (hasDataset == hasInput)
            {
                result.AddError("give either --dataset or --input (with --truth).");
            }
            else if (hasInput != (result.GetResult(truth) is not null))
            {
                result.AddError("--input and --truth go together.");
            }
        });
        command.SetAction(parse =>
        {
            var name = parse.GetValue(dataset);
            var silent = parse.GetValue(quiet) || parse.GetValue(json);
            if (name is null || name == "synthetic")
            {
                var path = parse.GetValue(input);
                if (path is not null && !File.Exists(path))
                {
                    throw new CliUsageException("persons file not found: " + Path.GetFullPath(path));
                }

                var n = parse.GetValue(people);
                if (name is not null && n <= 0)
                {
                    throw new CliUsageException("--people must be 1 or more");
                }

                var format = InputOptions.Format(parse, encoding, delimiter);
                var evaluation = IdentityScale.IdentityScaleCommands.WithCancellation(token => IdentityScale.ScaleProgress.Run(silent, IdentityScale.IdentityScaleCommands.LiveConsole(context), context.Error, progress =>
                    path is null
                        ? IdentityScale.EvaluationRun.Synthetic(n, parse.GetValue(seed), progress, token)
                        : IdentityScale.EvaluationRun.File(Path.GetFullPath(path), parse.GetValue(truth)!, format, progress, token)));
                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(evaluation, CliJson.Options));
                }
                else
                {
                    foreach (var line in EvaluationText.Lines(evaluation))
                    {
                        context.Console.WriteLine(line);
                    }
                }

                return 0;
            }

            var report = name switch
            {
                "febrl1" or "febrl2" or "febrl3" => EvaluationHarness.FebrlDeduplication("febrl-dataset" + name[^1] + ".csv"),
                "febrl4" => EvaluationHarness.FebrlLinkage(),
                _ => throw new CliUsageException("--dataset must be febrl1, febrl2, febrl3, febrl4 or synthetic"),
            };
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    report.Dataset, report.Records, report.CandidatePairs, report.Metrics.Precision, report.Metrics.Recall, report.Metrics.F1,
                    report.ReviewPairs, report.ReviewRecords, report.ReviewShare, report.TrainSeconds, report.MatchSeconds,
                }, CliJson.Options));
                return 0;
            }

            context.Console.WriteLine(FormattableString.Invariant(
                $"{report.Dataset}: {report.Records} records, {report.CandidatePairs} pairs compared; precision {report.Metrics.Precision:0.0000}, recall {report.Metrics.Recall:0.0000}, F1 {report.Metrics.F1:0.0000}; review band {report.ReviewPairs} pairs, {report.ReviewShare:P2} of records; training {report.TrainSeconds:0.0} s, matching {report.MatchSeconds:0.00} s"));
            return 0;
        });
        return command;
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
            var communesFile = parse.GetValue(communes);
            Directory.CreateDirectory(folder);
            using var outputs = new OutputFiles(("--communes", communesFile));
            var personsPath = outputs.Add(Path.Combine(folder, "persons.csv"), "--output");
            var truthPath = outputs.Add(Path.Combine(folder, "truth.csv"), "--output");
            var data = (communesFile is null ? new SyntheticGenerator() : new SyntheticGenerator(CheckedCommunes(communesFile))).Generate(n, parse.GetValue(seed));
            outputs.Write(personsPath, writer => IdentityCsv.Write(writer, data.Rows));
            outputs.Write(truthPath, writer => IdentityCsv.WritePairs(writer, ("id", "person"), data.Truth.Select(kv => (kv.Key, kv.Value))));
            outputs.Commit();
            context.Console.WriteLine(FormattableString.Invariant($"{data.Rows.Count} records of {data.Truth.Values.Distinct().Count()} persons written to {folder}"));
            context.Console.WriteLine("corruptions: " + string.Join(", ", data.CorruptionCounts.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture))));
            context.Console.WriteLine("hard non-matches: " + string.Join(", ", data.HardNonMatches.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture))));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Checks a <c>--communes</c> file before the generator reads it by position: the header of the embedded file,
    /// column for column, and at least one current commune with a population.
    /// </summary>
    private static string CheckedCommunes(string path)
    {
        string[] expected = ["code", "name", "type", "parent_code", "departement", "region", "zone", "population", "former_codes", "postal_codes"];
        var name = Path.GetFileName(path);
        var (header, usable) = TextInput.Read(path, TextInput.StrictUtf8, reader =>
        {
            var rows = Csv.Read(reader).GetEnumerator();
            var header = rows.MoveNext() ? rows.Current.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray() : [];
            var usable = 0;
            while (rows.MoveNext())
            {
                var f = rows.Current.Fields;
                usable += f.Length == expected.Length && f[2] == "commune-actuelle" && int.TryParse(f[7], CultureInfo.InvariantCulture, out var p) && p > 0 ? 1 : 0;
            }

            return (header, usable);
        });
        if (!header.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new CliUsageException("--communes " + name + ": the header must be " + string.Join(',', expected) + " (the schema of the embedded INSEE file, tests/Justice.Domain.Identity.Synthetic/Data/README.md); found " + (header.Length == 0 ? "an empty file" : string.Join(',', header.Take(12))) + ".");
        }

        if (usable == 0)
        {
            throw new CliUsageException("--communes " + name + " has no row of type 'commune-actuelle' with a population: there is no birth place to draw.");
        }

        return path;
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

    private static MatchModel Load(string path) => IdentityScale.BulkDeduplicationRun.LoadModel(path);
}
