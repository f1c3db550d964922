using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Clustering;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.IdentityScale;

/// <summary>The bulk identity commands: deduplication of a large CSV with progress, and the blocking analysis.</summary>
internal static class IdentityScaleCommands
{
    /// <summary>Creates <c>dedupe</c>: bulk deduplication with live progress, <c>--quiet</c>, <c>--clustering</c> and clean cancellation.</summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command Dedupe(CliContext context)
    {
        var input = new Option<FileInfo>("--input") { Description = "persons.csv (identity schema, header row), streamed", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "clusters.csv to write (id,cluster_id); written to a temporary file renamed at the end", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "a trained model (JSON); trained unsupervised on a record sample when absent" };
        var saveModel = new Option<FileInfo?>("--save-model") { Description = "where to write the model used (JSON)" };
        var review = new Option<FileInfo?>("--review") { Description = "where to write the review-band pairs (left_id,right_id,weight,probability)" };
        var clustering = new Option<ClusteringMethod>("--clustering") { Description = "connected-components (chains), best-link (each member matches its centre) or weak-link-splitting.", DefaultValueFactory = _ => ClusteringMethod.BestLink, CustomParser = ParseMethod };
        var cap = new Option<int>("--max-block") { Description = "Largest block compared; larger blocks are reported.", DefaultValueFactory = _ => 1000 };
        var sample = new Option<int>("--train-sample") { Description = "Records drawn to train the model.", DefaultValueFactory = _ => 30_000 };
        var threads = new Option<int>("--threads") { Description = "Threads at most (-1: all cores).", DefaultValueFactory = _ => -1 };
        var confirm = new Option<double>("--confirm") { Description = "weak-link-splitting: probability from which one link alone may join two groups.", DefaultValueFactory = _ => 0.999 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var command = new Command("dedupe", "Deduplicates a persons file into clusters on all cores, with live progress; Ctrl+C stops without a half-written output.")
        {
            input, output, model, saveModel, review, clustering, confirm, cap, sample, threads, quiet, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new CliUsageException("persons file not found: " + file.FullName);
            }

            var settings = new BulkDeduplicationSettings(
                file.FullName,
                parse.GetValue(output)!.FullName,
                parse.GetValue(model)?.FullName,
                parse.GetValue(saveModel)?.FullName,
                parse.GetValue(review)?.FullName,
                parse.GetValue(clustering),
                Positive(parse.GetValue(cap), "--max-block", 2),
                Positive(parse.GetValue(sample), "--train-sample", 2),
                parse.GetValue(threads),
                parse.GetValue(confirm));
            var summary = WithCancellation(token => ScaleProgress.Run(
                parse.GetValue(quiet) || parse.GetValue(json),
                context.Interactive && !Console.IsErrorRedirected ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null,
                context.Error,
                progress => BulkDeduplicationRun.Run(settings, progress, token)));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(summary, IdentityScaleJsonContext.Default.BulkDeduplicationSummary));
            }
            else
            {
                Print(context, summary);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Creates <c>blocking</c>: per-rule pair counts, capped blocks and, with a truth file, the recall ceiling.</summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command Blocking(CliContext context)
    {
        var input = new Option<FileInfo>("--input") { Description = "persons.csv (identity schema)", Required = true };
        var truth = new Option<FileInfo?>("--truth") { Description = "truth.csv (id,person): adds the recall ceiling of the rules" };
        var cap = new Option<int>("--max-block") { Description = "Largest block compared; larger blocks are reported.", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object." };
        var command = new Command("blocking", "Reports what the blocking rules form: pairs per rule, capped blocks, and the recall ceiling on labelled data.") { input, truth, cap, json };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new CliUsageException("persons file not found: " + file.FullName);
            }

            var profile = Justice.Domain.Identity.Matching.CivilStatusProfile.Default;
            var (records, _, rejected) = BulkDeduplicationRun.ReadAndPrepare(file.FullName, profile, ScaleProgress.Run(true, null, TextWriter.Null, p => p), CancellationToken.None);
            var blocked = Justice.Domain.Identity.Scale.BulkLinkage.Block(profile.Profile, records, Positive(parse.GetValue(cap), "--max-block", 2));
            Justice.Domain.Identity.Scale.BlockingRecall? recall = null;
            if (parse.GetValue(truth) is { } truthFile)
            {
                var persons = new Dictionary<string, int>(StringComparer.Ordinal);
                var labelOf = new Dictionary<string, int>(StringComparer.Ordinal);
                using (var reader = new StreamReader(truthFile.FullName))
                {
                    foreach (var (_, fields) in CsvRows.Read(reader).Skip(1))
                    {
                        if (fields.Length >= 2)
                        {
                            if (!persons.TryGetValue(fields[1], out var label))
                            {
                                persons[fields[1]] = label = persons.Count;
                            }

                            labelOf[fields[0]] = label;
                        }
                    }
                }

                // A record missing from the truth is its own person (a label no true record uses).
                var next = persons.Count;
                recall = Justice.Domain.Identity.Scale.BlockingAnalysis.Recall(blocked, records.Select(r => labelOf.TryGetValue(r.Id, out var l) ? l : next++).ToArray());
            }

            var report = new BlockingAnalysisReport(records.Count, rejected, blocked.Report, recall, recall?.RecallCeiling);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(report, IdentityScaleJsonContext.Default.BlockingAnalysisReport));
                return 0;
            }

            var table = new Table().AddColumn("Blocking rule").AddColumn(new TableColumn("Records keyed").RightAligned()).AddColumn(new TableColumn("Pairs").RightAligned()).AddColumn(new TableColumn("New pairs").RightAligned())
                .AddColumn(new TableColumn("Capped blocks").RightAligned()).AddColumn(new TableColumn("Capped pairs").RightAligned()).AddColumn(new TableColumn("Largest block").RightAligned()).AddColumn(new TableColumn("True pairs").RightAligned());
            for (var r = 0; r < blocked.Report.Rules.Count; r++)
            {
                var rule = blocked.Report.Rules[r];
                table.AddRow(Markup.Escape(rule.Rule), N(rule.KeyedRecords), N(rule.Pairs), N(rule.NewPairs), N(rule.CappedBlocks), N(rule.CappedPairs), N(rule.LargestBlock), recall is null ? "-" : N(recall.TruePairsByRule[r]));
            }

            context.Console.Write(table);
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records ({rejected:N0} rejected), {blocked.PairCount:N0} distinct pairs ({(double)blocked.PairCount / Math.Max(1, records.Count):F1} per record)"));
            if (recall is not null)
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall ceiling {recall.RecallCeiling:F4}: {recall.TruePairsBlocked:N0} of {recall.TruePairs:N0} true pairs blocked, {recall.TruePairsLostToCap:N0} lost to the cap only"));
            }

            return 0;
        });
        return command;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static int Positive(int value, string name, int min) =>
        value >= min ? value : throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min} or more, not {value}."));

    private static ClusteringMethod ParseMethod(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "best-link" : result.Tokens[0].Value;
        var normal = text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<ClusteringMethod>(normal, ignoreCase: true, out var method) && Enum.IsDefined(method) && !int.TryParse(normal, out _))
        {
            return method;
        }

        result.AddError("--clustering must be connected-components, best-link or weak-link-splitting, not '" + text + "'.");
        return default;
    }

    /// <summary>Runs <paramref name="work"/> with a token that Ctrl+C cancels (the run then stops cleanly).</summary>
    private static T WithCancellation<T>(Func<CancellationToken, T> work)
    {
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler handler = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += handler;
        try
        {
            return work(cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= handler;
        }
    }

    private static void Print(CliContext context, BulkDeduplicationSummary s)
    {
        var table = new Table().AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        void Row(string name, FormattableString value) => table.AddRow(Markup.Escape(name), Markup.Escape(value.ToString(CultureInfo.InvariantCulture)));
        Row("rows read", $"{s.Rows:N0}");
        Row("records deduplicated", $"{s.Records:N0}");
        Row("rows rejected", $"{s.Rejected:N0}");
        Row("pairs compared", $"{s.PairsCompared:N0}");
        Row("match pairs", $"{s.MatchPairs:N0}");
        Row("review pairs", $"{s.ReviewPairs:N0}");
        Row("clusters (" + s.Clustering.Method + ")", $"{s.Clustering.ClusterCount:N0}");
        Row("largest cluster", $"{s.Clustering.LargestCluster:N0}");
        Row("links not followed", $"{s.Clustering.LinksCut:N0}");
        Row("blocks over the cap", $"{s.Blocking.CappedBlocks:N0}");
        Row("seconds (read, score+cluster, total)", $"{s.SecondsReading:F1}, {s.SecondsScoringAndClustering:F1}, {s.SecondsTotal:F1}");
        context.Console.Write(table);
        var rules = new Table().AddColumn("Blocking rule").AddColumn(new TableColumn("Pairs").RightAligned()).AddColumn(new TableColumn("New pairs").RightAligned()).AddColumn(new TableColumn("Capped blocks").RightAligned()).AddColumn(new TableColumn("Capped pairs").RightAligned());
        foreach (var r in s.Blocking.Rules)
        {
            rules.AddRow(Markup.Escape(r.Rule), r.Pairs.ToString("N0", CultureInfo.InvariantCulture), r.NewPairs.ToString("N0", CultureInfo.InvariantCulture), r.CappedBlocks.ToString("N0", CultureInfo.InvariantCulture), r.CappedPairs.ToString("N0", CultureInfo.InvariantCulture));
        }

        context.Console.Write(rules);
        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records {s.Records}, rejected rows {s.Rejected}, clusters {s.Clustering.ClusterCount}, pairs compared {s.PairsCompared}, match pairs {s.MatchPairs}, review-band pairs {s.ReviewPairs}, time {s.SecondsTotal:0.00} s"));
        foreach (var error in s.FirstErrors)
        {
            context.Error.WriteLine("rejected: " + error);
        }

        if (s.Rejected > s.FirstErrors.Count)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rejected: {s.Rejected - s.FirstErrors.Count:N0} more rows (see --json for counts)."));
        }
    }
}
