using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Serialization;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Allocation;

/// <summary>
/// <c>justice allocate sensitivity [--input courts.json] [--posts N] --runs 100000 --noise 0.03 [--seed N] …</c>: how sure
/// is the allocation? Runs it on perturbed figures (<see cref="SensitivityStudy"/>) and prints, per court, the probability
/// of receiving at least one post and the distribution of its posts; writes CSV, JSON and a PNG chart on request.
/// </summary>
internal static class SensitivityCommand
{
    /// <summary>The seed when none is given (the circular's date).</summary>
    public const ulong DefaultSeed = 2000_05_23;

    /// <summary>Creates the command.</summary>
    /// <param name="context">Where to write.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new Option<FileInfo?>("--input") { Description = "The request as JSON (see docs/allocation.md). Default: the embedded synthetic national dataset." };
        var posts = new Option<int?>("--posts") { Description = "The number of posts (overrides the input's \"posts\")." };
        var runs = new Option<int>("--runs") { Description = "The number of perturbed allocations.", DefaultValueFactory = _ => 10_000 };
        var noise = new Option<decimal>("--noise") { Description = "The noise level of every figure, 0 to 0.5: half-width of a uniform factor (0.03 = ±3 %), or σ with --distribution normal.", DefaultValueFactory = _ => 0.03m };
        var seed = new Option<ulong>("--seed") { Description = "The seed (the result records it; the same seed replays the study).", DefaultValueFactory = _ => DefaultSeed };
        var distribution = new Option<string>("--distribution") { Description = "uniform or normal.", DefaultValueFactory = _ => "uniform" };
        var scope = new Option<string>("--scope") { Description = "court-and-criterion (each figure its own draw) or court (one draw per court).", DefaultValueFactory = _ => "court-and-criterion" };
        var criterionNoise = new Option<string[]>("--criterion-noise") { Description = "A criterion's own noise level, as id=level (repeatable).", AllowMultipleArgumentsPerToken = true };
        var drop = new Option<string[]>("--drop") { Description = "A criterion left out of every run (repeatable).", AllowMultipleArgumentsPerToken = true };
        var ties = new Option<string?>("--ties") { Description = "competition or fractional for every run instead of the request's." };
        var threads = new Option<int?>("--threads") { Description = "The most threads (default: one per core; the result is the same for any number)." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Writes one row per court (probability, mean, quantiles) as CSV to this file." };
        var json = new Option<FileInfo?>("--json") { Description = "Writes the whole result as JSON to this file." };
        var chart = new Option<FileInfo?>("--chart") { Description = "Writes a PNG bar chart of the per-court probabilities to this file." };
        var top = new Option<int>("--top") { Description = "How many courts to show in the table and the chart.", DefaultValueFactory = _ => 25 };
        var command = new Command("sensitivity", "Runs the allocation many times on perturbed figures and reports, per court, the probability of a post and the distribution of posts.")
        {
            input, posts, runs, noise, seed, distribution, scope, criterionNoise, drop, ties, threads, csv, json, chart, top,
        };
        command.SetAction(parse =>
        {
            var (problem, source) = AllocationModule.Load(parse.GetValue(input), AllocationModule.CheckPosts(parse.GetValue(posts)));
            var perturbation = new Perturbation
            {
                Noise = parse.GetValue(noise),
                Distribution = CliChoice.Parse<NoiseDistribution>("--distribution", parse.GetValue(distribution)!),
                Scope = CliChoice.Parse<NoiseScope>("--scope", parse.GetValue(scope)!),
                CriterionNoise = ParseLevels(parse.GetValue(criterionNoise) ?? []),
                DroppedCriteria = parse.GetValue(drop) ?? [],
                TieConvention = parse.GetValue(ties) is { } t ? CliChoice.Parse<TieConvention>("--ties", t) : null,
            };
            var options = new SensitivityOptions(parse.GetValue(runs), parse.GetValue(seed)) { MaxDegreeOfParallelism = parse.GetValue(threads) };
            var preparation = SensitivityStudy.Prepare(problem.Request, perturbation, options);
            if (preparation.Study is not { } study)
            {
                throw new CliUsageException(preparation.Describe());
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = context.Interactive
                ? context.Console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("perturbed allocations", maxValue: options.Runs);
                        return study.Run(new TaskProgress(task));
                    })
                : study.Run();
            var elapsed = clock.Elapsed;
            Print(context, result, source, Math.Max(0, parse.GetValue(top)), elapsed);
            if (parse.GetValue(csv) is { } csvFile)
            {
                File.WriteAllText(csvFile.FullName, Csv(result));
                context.Console.WriteLine("CSV written to " + csvFile.FullName);
            }

            if (parse.GetValue(json) is { } jsonFile)
            {
                File.WriteAllText(jsonFile.FullName, JsonSerializer.Serialize(result, AllocationJsonContext.Default.SensitivityResult));
                context.Console.WriteLine("JSON written to " + jsonFile.FullName);
            }

            if (parse.GetValue(chart) is { } chartFile)
            {
                ProbabilityChart.Write(result, chartFile.FullName, Math.Max(1, parse.GetValue(top)));
                context.Console.WriteLine("Chart written to " + chartFile.FullName);
            }

            return 0;
        });
        return command;
    }

    /// <summary>One row per court: id, name, baseline posts, runs with a post, probability, mean, min, p5, median, p95, max.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The CSV text (invariant culture, RFC 4180 quoting).</returns>
    internal static string Csv(SensitivityResult result)
    {
        var text = new StringBuilder("court_id,court_name,baseline_posts,runs_with_post,probability_of_post,mean_posts,min,p5,median,p95,max\n");
        foreach (var c in result.Courts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Quote(c.CourtId)},{Quote(c.CourtName)},{c.BaselinePosts},{c.RunsWithPost},{c.ProbabilityOfPost:R},{c.MeanPosts:R},{c.Minimum},{c.Percentile5},{c.Median},{c.Percentile95},{c.Maximum}\n");
        }

        return text.ToString();
    }

    private static void Print(CliContext context, SensitivityResult result, string source, int top, TimeSpan elapsed)
    {
        var console = context.Console;
        var p = result.Perturbation;
        console.WriteLine(Invariant($"{source}: {result.Courts.Count} courts, criteria {string.Join(", ", result.Criteria)}, {result.Posts} posts, {result.TieConvention} ties."));
        console.WriteLine(Invariant($"{result.Runs:N0} runs, noise {p.Noise} ({p.Distribution}, per {(p.Scope == NoiseScope.Court ? "court" : "court and criterion")}), seed {result.Seed}{(p.DroppedCriteria.Count > 0 ? ", dropped: " + string.Join(", ", p.DroppedCriteria) : string.Empty)}; {elapsed.TotalSeconds:0.00} s."));
        var shown = result.Courts.Where(c => c.RunsWithPost > 0)
            .OrderByDescending(c => c.ProbabilityOfPost).ThenByDescending(c => c.MeanPosts).ThenBy(c => c.CourtId, StringComparer.Ordinal)
            .Take(top).ToArray();
        var table = new Table().Title(Invariant($"Courts most likely to receive a post ({shown.Length} of {result.Courts.Count(c => c.RunsWithPost > 0)} that receive one in some run)"))
            .AddColumns("Court", "Posts (unperturbed)", "P(≥ 1 post)", "Mean", "P5", "Median", "P95", "Min–max");
        foreach (var c in shown)
        {
            table.AddRow(
                Markup.Escape(c.CourtName),
                Invariant($"{c.BaselinePosts}"),
                Invariant($"{c.ProbabilityOfPost:P1}"),
                Invariant($"{c.MeanPosts:0.00}"),
                Invariant($"{c.Percentile5}"),
                Invariant($"{c.Median}"),
                Invariant($"{c.Percentile95}"),
                Invariant($"{c.Minimum}–{c.Maximum}"));
        }

        console.Write(table);
        var unstable = result.PostStabilities.Where(s => s.RunsChangedHands > 0).OrderByDescending(s => s.ChangedHandsShare).ThenBy(s => s.Order).Take(10).ToArray();
        console.WriteLine(Invariant($"Posts of the unperturbed allocation that change hands: {result.PostStabilities.Count(s => s.RunsChangedHands > 0)} of {result.PostStabilities.Count}; most often: {(unstable.Length == 0 ? "none" : string.Join(", ", unstable.Select(s => Invariant($"post {s.Order} ({s.CourtId}) {s.ChangedHandsShare:P1}"))))}."));
        if (result.MeanUnallocated > 0)
        {
            console.WriteLine(Invariant($"Posts not placed, mean per run: {result.MeanUnallocated:0.###}."));
        }
    }

    private static Dictionary<string, decimal> ParseLevels(string[] pairs)
    {
        var levels = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !decimal.TryParse(pair[(equals + 1)..], NumberStyles.Number, CultureInfo.InvariantCulture, out var level))
            {
                throw new CliUsageException("--criterion-noise must be id=level, for example civil_flow=0.05 (was \"" + pair + "\").");
            }

            levels[pair[..equals]] = level;
        }

        return levels;
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The study's progress on a Spectre.Console task (reports may arrive out of order from several threads).</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<long>
    {
        private long shown;

        public void Report(long value)
        {
            lock (task)
            {
                if (value > shown)
                {
                    shown = value;
                    task.Value = value;
                }
            }
        }
    }
}
