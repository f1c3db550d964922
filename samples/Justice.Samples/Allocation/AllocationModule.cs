using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Allocation;
using Justice.Domain.Allocation.Comparison;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Input;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Serialization;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Allocation;

/// <summary>
/// <c>justice allocate [--input courts.json] [--posts N] [--output result.json] [--json] [--compare dhondt]</c>: the weighted-rank
/// allocation of new magistrate posts (Circ. SJ 00-124, annexe I, 1) on a JSON input or, without one, on the embedded
/// synthetic national dataset; with its subcommands <c>sensitivity</c> (<see cref="SensitivityCommand"/>) and
/// <c>compare</c> (<see cref="CompareCommand"/>).
/// </summary>
public sealed class AllocationModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var input = new Option<FileInfo?>("--input") { Description = "The courts, criteria and posts as JSON (see docs/allocation.md). Default: the embedded synthetic national dataset (164 courts, 48 posts)." };
        var posts = new Option<int?>("--posts") { Description = "The number of posts (overrides the input's \"posts\")." };
        var output = new Option<FileInfo?>("--output") { Description = "Writes the result (every post with its ranks and loads, the totals) as JSON to this file." };
        var json = new Option<bool>("--json") { Description = "Prints the result as one JSON object instead of the tables." };
        var compare = new Option<string?>("--compare") { Description = "Also apportions the posts by a divisor method on the composite workload from the non-specialised headcounts (dhondt, sainte-lague, huntington-hill) and shows the courts where the two methods differ." };
        var top = new Option<int>("--top") { Description = "How many courts of the final ranking to show.", DefaultValueFactory = _ => 10 };
        var encoding = InputOptions.Encoding();
        var command = new Command("allocate", "Allocates new magistrate posts one at a time by weighted workload rank (circular SJ 00-124 of 23 May 2000) and explains every post.")
        {
            input, posts, output, json, compare, top, encoding,
        };
        command.Subcommands.Add(SensitivityCommand.Create(context));
        command.Subcommands.Add(CompareCommand.Create(context));
        command.SetAction(parse =>
        {
            var postsOverride = CheckPosts(parse.GetValue(posts));
            var file = parse.GetValue(input);
            using var outputs = new OutputFiles(("--input", file?.FullName));
            if (parse.GetValue(output) is { } checkedTarget)
            {
                outputs.Add(checkedTarget.FullName, "--output");
            }

            var (problem, source) = Load(file, postsOverride, InputOptions.Format(parse, encoding));
            var result = new PostAllocator().Allocate(problem);
            var text = CliJson.Serialize(result, AllocationJsonContext.Default.AllocationResult);
            if (parse.GetValue(output) is { } target)
            {
                outputs.Write(target.FullName, writer => writer.Write(text));
                outputs.Commit();
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(text);
                return 0;
            }

            Print(context, problem, result, source, Math.Max(0, parse.GetValue(top)));
            if (parse.GetValue(compare) is { } methodName)
            {
                PrintComparison(context, problem, result, SeatApportionment.ParseMethod(methodName));
            }

            if (parse.GetValue(output) is { } written)
            {
                context.Console.WriteLine("Result written to " + written.FullName);
            }

            return 0;
        });
        yield return command;
    }

    /// <summary>Prints the posts in order and the top of the final ranking.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="result">The result.</param>
    /// <param name="source">Where the data came from.</param>
    /// <param name="top">How many courts of the final ranking to show.</param>
    internal static void Print(CliContext context, AllocationProblem problem, AllocationResult result, string source, int top)
    {
        var console = context.Console;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source}: {problem.Courts.Count} courts, {problem.Criteria.Count} criteria, {problem.Posts} posts, {problem.TieConvention} ties. Method: {AllocationResult.Reference}."));
        var posts = new Table().Title("Posts in order (values at the moment of the choice)")
            .AddColumns("#", "Court", "Position", "Rank sum", "Corrected headcount", "Ranks (" + string.Join(", ", problem.Criteria.Select(c => c.Id)) + ")");
        foreach (var post in result.Allocations)
        {
            posts.AddRow(
                Invariant($"{post.Order}"),
                Markup.Escape(post.CourtId),
                Invariant($"{post.Position}"),
                Invariant($"{post.RankSum}"),
                Invariant($"{post.CorrectedHeadcount} → {post.CorrectedHeadcountAfter}"),
                Markup.Escape(string.Join(" ", post.Standings.Select(s => s.Rank.ToString(CultureInfo.InvariantCulture)))));
        }

        console.Write(posts);
        if (result.Unallocated > 0)
        {
            console.WriteLine(Invariant($"Unallocated: {result.Unallocated} post(s), {result.UnallocatedReason}."));
        }

        var ranking = new Table().Title(Invariant($"Final ranking (top {Math.Min(top, result.FinalRanking.Count)} of {result.FinalRanking.Count})"))
            .AddColumns("Position", "Court", "Rank sum", "Posts received", "Siège", "Corrected headcount");
        foreach (var court in result.FinalRanking.Take(top))
        {
            ranking.AddRow(
                Invariant($"{court.Position}"),
                Markup.Escape(court.CourtId),
                Invariant($"{court.RankSum}"),
                Invariant($"{court.Allocated}"),
                Invariant($"{court.SiegeSize}"),
                Invariant($"{court.CorrectedHeadcount}"));
        }

        console.Write(ranking);
        console.WriteLine(Invariant($"{result.Allocations.Count} post(s) allocated to {result.Totals.Count(t => t.Value > 0)} court(s), {result.Unallocated} unallocated."));
    }

    private static void PrintComparison(CliContext context, AllocationProblem problem, AllocationResult result, ApportionmentMethod method)
    {
        var comparison = WorkloadApportionment.Apportion(problem, method, HeadcountBasis.NonSpecialized);
        var table = new Table().Title(Invariant($"Weighted rank (circular) vs {method} on the composite workload (courts that differ)"))
            .AddColumns("Court", "Weighted rank", method.ToString());
        var differing = 0;
        foreach (var (court, posts) in result.Totals)
        {
            var other = comparison.Totals[court];
            if (other != posts)
            {
                differing++;
                table.AddRow(Markup.Escape(court), Invariant($"{posts}"), Invariant($"{other}"));
            }
        }

        context.Console.Write(table);
        context.Console.WriteLine(Invariant($"{differing} court(s) differ; {method}: {comparison.Totals.Values.Sum()} post(s) placed, {comparison.Unallocated} unallocated, caps exceeded: {(comparison.CapsExceeded.Count == 0 ? "none" : string.Join(", ", comparison.CapsExceeded))}."));
    }

    /// <summary>Checks a <c>--posts</c> value.</summary>
    /// <param name="posts">The value, or null.</param>
    /// <returns>The value.</returns>
    internal static int? CheckPosts(int? posts) =>
        posts is < 0 or > AllocationRequestValidator.MaxPosts
            ? throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--posts must be between 0 and {AllocationRequestValidator.MaxPosts} (was {posts})."))
            : posts;

    /// <summary>The validated problem of a JSON file, or of the embedded synthetic dataset when there is none.</summary>
    /// <param name="file">The file, or null.</param>
    /// <param name="postsOverride">Posts replacing the input's, or null.</param>
    /// <param name="format">The file's encoding (UTF-8 by default).</param>
    /// <returns>The problem and a label of its source.</returns>
    internal static (AllocationProblem Problem, string Source) Load(FileInfo? file, int? postsOverride, Justice.Domain.Identity.Synthetic.InputFormat? format = null)
    {
        if (file is null)
        {
            var request = SyntheticNationalDataset.Create();
            if (postsOverride is { } p)
            {
                request = request with { Posts = p };
            }

            return (AllocationRequestValidator.Validate(request).GetProblemOrThrow(), "Embedded SYNTHETIC national dataset (not real statistics)");
        }

        if (!file.Exists)
        {
            throw new CliUsageException("input file not found: " + file.FullName);
        }

        var text = JsonInput.ReadText(file.FullName, (format ?? Justice.Domain.Identity.Synthetic.InputFormat.Default).Encoding, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var validation = AllocationInputReader.Read(text, postsOverride);
        if (validation.Problem is null)
        {
            throw new CliUsageException(file.Name + ": " + validation.Describe());
        }

        return (validation.Problem, file.Name);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
