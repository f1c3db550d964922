using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.IdentityScale;

/// <summary>The bulk identity commands: deduplication of a large CSV with progress, and the blocking analysis.</summary>
internal static class IdentityScaleCommands
{
    /// <summary>Creates <c>--no-name-edit-rules</c>, read by <see cref="BulkDeduplicationRun.Profile"/>.</summary>
    /// <returns>The option.</returns>
    private static Option<bool> NoNameEditRules() => new("--no-name-edit-rules")
    {
        Description = "Leave out the four edit blocking rules, name-edit-* and surname-edit-* (a typo that changes a name's sound): fewer keys per record, faster and lighter at millions of records, a lower recall ceiling.",
    };

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
        var clustering = new Option<ClusteringMethod>("--clustering") { Description = "connected-components (chains), best-link (each member matches its centre) or weak-link-splitting.", DefaultValueFactory = _ => BulkDeduplicationSettings.DefaultClustering, CustomParser = ParseMethod };
        var cap = new Option<int>("--max-block") { Description = "Largest block compared; larger blocks are reported.", DefaultValueFactory = _ => BulkDeduplicationSettings.DefaultMaxBlockSize };
        var sample = new Option<int>("--train-sample") { Description = "Records drawn to train the model.", DefaultValueFactory = _ => BulkDeduplicationSettings.DefaultTrainSample };
        var threads = new Option<int>("--threads") { Description = "Threads at most (-1: all cores).", DefaultValueFactory = _ => -1 };
        var confirm = new Option<double>("--confirm") { Description = "weak-link-splitting: probability from which one link alone may join two groups.", DefaultValueFactory = _ => 0.999 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var noNameEdit = NoNameEditRules();
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("dedupe", "Deduplicates a persons file into clusters on all cores, with live progress; Ctrl+C stops without a half-written output.")
        {
            input, output, model, saveModel, review, clustering, confirm, cap, sample, threads, quiet, json, encoding, delimiter, noNameEdit,
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
                parse.GetValue(confirm),
                InputOptions.Format(parse, encoding, delimiter),
                !parse.GetValue(noNameEdit));
            var summary = WithCancellation(token => ScaleProgress.Run(
                parse.GetValue(quiet) || parse.GetValue(json),
                LiveConsole(context),
                context.Error,
                progress => BulkDeduplicationRun.Run(settings, progress, token)));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(summary, IdentityScaleJsonContext.Default.BulkDeduplicationSummary));
            }
            else
            {
                Print(context, summary);
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// Creates <c>link</c>: links two persons files on all cores (<see cref="Justice.Domain.Identity.Linkage.BulkLinkage.Link"/>)
    /// and writes the pairs in the match and review bands, with the same progress, <c>--quiet</c> and cancellation as <c>dedupe</c>.
    /// </summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command Link(CliContext context)
    {
        var left = new Option<string>("--left") { Description = "left persons.csv", Required = true };
        var right = new Option<string>("--right") { Description = "right persons.csv", Required = true };
        var output = new Option<string>("--output") { Description = "links.csv to write (left_id,right_id,weight,probability,band); written to a temporary file renamed at the end", Required = true };
        var model = new Option<string?>("--model") { Description = "a trained model (JSON); trained unsupervised on a block sample of both files when absent" };
        var cap = new Option<int>("--max-block") { Description = "Largest block compared; larger blocks are reported.", DefaultValueFactory = _ => 1000 };
        var sample = new Option<int>("--train-sample") { Description = "Records drawn to train the model.", DefaultValueFactory = _ => 30_000 };
        var threads = new Option<int>("--threads") { Description = "Threads at most (-1: all cores).", DefaultValueFactory = _ => -1 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("link", "Links two persons files on all cores: the pairs in the match and review bands; Ctrl+C stops without a half-written output.")
        {
            left, right, output, model, cap, sample, threads, quiet, json, encoding, delimiter,
        };
        command.SetAction(parse =>
        {
            var settings = new BulkLinkSettings(
                Existing(parse.GetValue(left)!),
                Existing(parse.GetValue(right)!),
                Path.GetFullPath(parse.GetValue(output)!),
                parse.GetValue(model) is { } path ? Existing(path) : null,
                Positive(parse.GetValue(cap), "--max-block", 2),
                Positive(parse.GetValue(sample), "--train-sample", 2),
                Threads(parse.GetValue(threads)),
                InputOptions.Format(parse, encoding, delimiter));
            var summary = WithCancellation(token => ScaleProgress.Run(
                parse.GetValue(quiet) || parse.GetValue(json),
                LiveConsole(context),
                context.Error,
                progress => BulkLinkRun.Run(settings, progress, token)));
            foreach (var error in summary.FirstErrors)
            {
                context.Error.WriteLine("rejected: " + error);
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(summary, IdentityScaleJsonContext.Default.BulkLinkSummary));
                return 0;
            }

            context.Console.WriteLine(FormattableString.Invariant(
                $"left {summary.Left} (rejected {summary.LeftRejected}), right {summary.Right} (rejected {summary.RightRejected}), links and review pairs {summary.MatchPairs + summary.ReviewPairs}, {summary.Seconds:0.0} s"));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Creates <c>index-stats</c>: builds an <see cref="Justice.Domain.Identity.Linkage.IdentityIndex"/> over a persons file
    /// less a seeded sample of held-out queries, and reports the heap it retains per record, the time of each
    /// <c>Find</c> on one thread (percentiles) and the queries per second on all cores.
    /// </summary>
    /// <param name="context">Where the command writes.</param>
    /// <returns>The command.</returns>
    public static Command IndexStats(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "persons.csv (identity schema), streamed", Required = true };
        var queries = new Option<int>("--queries") { Description = "Records held out of the index and used as queries.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the held-out sample.", DefaultValueFactory = _ => 7 };
        var top = new Option<int>("--top") { Description = "Candidates asked of each query.", DefaultValueFactory = _ => 5 };
        var cap = new Option<int>("--max-block") { Description = "The index's block cap.", DefaultValueFactory = _ => 1000 };
        var model = new Option<string?>("--model") { Description = "a trained model (JSON); the profile's starting model when absent" };
        var passes = new Option<int>("--passes") { Description = "Timed passes over the queries (after one warm-up pass).", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads") { Description = "Threads of the throughput run (-1: all cores).", DefaultValueFactory = _ => -1 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display (for scripts)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object." };
        var noNameEdit = NoNameEditRules();
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("index-stats", "Measures an in-memory person index over a file: bytes per record, Find latency on one thread and queries per second on all cores.")
        {
            input, queries, seed, top, cap, model, passes, threads, quiet, json, encoding, delimiter, noNameEdit,
        };
        command.SetAction(parse =>
        {
            var settings = new IndexStatsSettings(
                Existing(parse.GetValue(input)!),
                Positive(parse.GetValue(queries), "--queries", 1),
                parse.GetValue(seed),
                Positive(parse.GetValue(top), "--top", 1),
                Positive(parse.GetValue(cap), "--max-block", 2),
                parse.GetValue(model) is { } path ? Existing(path) : null,
                Positive(parse.GetValue(passes), "--passes", 1),
                Threads(parse.GetValue(threads)),
                InputOptions.Format(parse, encoding, delimiter),
                !parse.GetValue(noNameEdit));
            var s = WithCancellation(token => ScaleProgress.Run(
                parse.GetValue(quiet) || parse.GetValue(json),
                LiveConsole(context),
                context.Error,
                progress => IndexStatsRun.Run(settings, progress, token)));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(s, IdentityScaleJsonContext.Default.IndexStatsSummary));
                return 0;
            }

            var table = new Table().AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
            void Row(string name, FormattableString value) => table.AddRow(Markup.Escape(name), Markup.Escape(value.ToString(CultureInfo.InvariantCulture)));
            Row("records indexed (queries held out)", $"{s.Records:N0} ({s.Queries:N0})");
            Row("distinct blocking keys", $"{s.KeyCount:N0}");
            Row("prepared records, bytes per record", $"{s.PreparedBytesPerRecord:N0}");
            Row("index, bytes retained per record", $"{s.IndexBytesPerRecord:N0}");
            Row("index, bytes allocated per record while building", $"{s.IndexAllocatedBytesPerRecord:N0}");
            Row("build, seconds", $"{s.BuildSeconds:F2}");
            Row("candidates per query (mean, median, max)", $"{s.CandidatesMean:F1}, {s.CandidatesMedian:F0}, {s.CandidatesMax:N0}");
            Row("Find on one thread, µs (mean, p50, p90, p99, max)", $"{s.LatencyMeanMicroseconds:F0}, {s.LatencyP50Microseconds:F0}, {s.LatencyP90Microseconds:F0}, {s.LatencyP99Microseconds:F0}, {s.LatencyMaxMicroseconds:F0}");
            Row("queries per second (" + s.Threads.ToString(CultureInfo.InvariantCulture) + " threads)", $"{s.QueriesPerSecond:N0}");
            context.Console.Write(table);
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
        var missed = new Option<FileInfo?>("--missed") { Description = "With --truth: writes the true pairs no rule forms (left_id,right_id) to this file." };
        var encoding = InputOptions.Encoding();
        var delimiter = InputOptions.Delimiter();
        var command = new Command("blocking", "Reports what the blocking rules form: pairs per rule, capped blocks, and the recall ceiling on labelled data.") { input, truth, cap, json, missed, encoding, delimiter };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new CliUsageException("persons file not found: " + file.FullName);
            }

            var profile = Justice.Domain.Identity.Comparison.CivilStatusProfile.Default;
            var (records, read) = BulkDeduplicationRun.Prepare(file.FullName, profile, InputOptions.Format(parse, encoding, delimiter), ScaleProgress.Run(true, null, context.Error, p => p), CancellationToken.None);
            var blocked = Justice.Domain.Identity.Linkage.BulkLinkage.Block(profile.Profile, records, Positive(parse.GetValue(cap), "--max-block", 2));
            Justice.Domain.Identity.Blocking.BlockingRecall? recall = null;
            if (parse.GetValue(truth) is { } truthFile)
            {
                var persons = new Dictionary<string, int>(StringComparer.Ordinal);
                var labelOf = new Dictionary<string, int>(StringComparer.Ordinal);
                using (var reader = new StreamReader(truthFile.FullName))
                {
                    foreach (var (_, fields) in Csv.Read(reader).Skip(1))
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
                var lost = new List<(int Left, int Right)>();
                recall = Justice.Domain.Identity.Evaluation.BlockingAnalysis.Recall(blocked, records.Select(r => labelOf.TryGetValue(r.Id, out var l) ? l : next++).ToArray(), lost);
                if (parse.GetValue(missed) is { } missedFile)
                {
                    using var writer = new StreamWriter(missedFile.FullName);
                    writer.WriteLine("left_id,right_id");
                    foreach (var (left, right) in lost)
                    {
                        writer.WriteLine(records[left].Id + "," + records[right].Id);
                    }
                }
            }

            var report = new BlockingAnalysisReport(records.Count, read.Rejected, blocked.Report, recall, recall?.RecallCeiling);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(report, IdentityScaleJsonContext.Default.BlockingAnalysisReport));
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
            context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} records ({read.Rejected:N0} rejected), {blocked.PairCount:N0} distinct pairs ({(double)blocked.PairCount / Math.Max(1, records.Count):F1} per record)"));
            if (recall is not null)
            {
                context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall ceiling {recall.RecallCeiling:F4}: {recall.TruePairsBlocked:N0} of {recall.TruePairs:N0} true pairs blocked, {recall.TruePairsLostToCap:N0} lost to the cap only"));
            }

            return 0;
        });
        return command;
    }

    /// <summary>The live progress console on stderr for a terminal, or null (stage lines then go to <see cref="CliContext.Error"/>).</summary>
    internal static IAnsiConsole? LiveConsole(CliContext context) =>
        context.Interactive && !Console.IsErrorRedirected ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }) : null;

    private static string Existing(string path) =>
        File.Exists(path) ? Path.GetFullPath(path) : throw new CliUsageException("file not found: " + Path.GetFullPath(path));

    private static int Threads(int value) =>
        value == -1 || value >= 1 ? value : throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--threads must be -1 (all cores) or 1 or more, not {value}."));

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static int Positive(int value, string name, int min) =>
        value >= min ? value : throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{name} must be {min} or more, not {value}."));

    private static ClusteringMethod ParseMethod(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "best-link" : result.Tokens[0].Value;
        if (CliChoice.TryParse<ClusteringMethod>(text, out var method))
        {
            return method;
        }

        result.AddError("--clustering must be connected-components, best-link or weak-link-splitting, not '" + text + "'.");
        return default;
    }

    /// <summary>Runs <paramref name="work"/> with a token that Ctrl+C cancels (the run then stops cleanly).</summary>
    internal static T WithCancellation<T>(Func<CancellationToken, T> work)
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
        Row("values flagged (read as unknown)", $"{s.Flagged:N0}");
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

        foreach (var flag in s.FirstFlags)
        {
            context.Error.WriteLine("flagged: " + flag);
        }

        if (s.Flagged > s.FirstFlags.Count)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"flagged: {s.Flagged - s.FirstFlags.Count:N0} more values (see --json for counts)."));
        }
    }
}
