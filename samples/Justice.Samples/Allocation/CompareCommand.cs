using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Justice.Domain.Allocation.Serialization;
using Justice.Domain.Allocation.WhatIf;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Allocation;

/// <summary><c>justice allocate compare A.json B.json [--posts N] [--json FILE] [--csv FILE]</c>: which courts' posts change between two requests, and the rank that decided it.</summary>
internal static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where to write.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var first = new Argument<FileInfo>("A") { Description = "The first request (JSON)." };
        var second = new Argument<FileInfo>("B") { Description = "The second request (JSON)." };
        var posts = new Option<int?>("--posts") { Description = "The number of posts for both (overrides the inputs' \"posts\")." };
        var json = new Option<FileInfo?>("--json") { Description = "Writes the comparison as JSON to this file." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Writes one row per court that changes as CSV to this file." };
        var command = new Command("compare", "Compares the allocations of two requests: the courts whose posts change and the rank that decided it.")
        {
            first, second, posts, json, csv,
        };
        command.SetAction(parse =>
        {
            var postsOverride = AllocationModule.CheckPosts(parse.GetValue(posts));
            var (a, labelA) = AllocationModule.Load(parse.GetValue(first), postsOverride);
            var (b, labelB) = AllocationModule.Load(parse.GetValue(second), postsOverride);
            if (string.Equals(labelA, labelB, StringComparison.Ordinal))
            {
                (labelA, labelB) = ("A (" + labelA + ")", "B (" + labelB + ")");
            }

            var outcome = WhatIfComparison.Compare(a, b, labelA, labelB);
            Print(context, outcome);
            if (parse.GetValue(json) is { } jsonFile)
            {
                File.WriteAllText(jsonFile.FullName, JsonSerializer.Serialize(outcome, AllocationJsonContext.Default.WhatIfOutcome));
                context.Console.WriteLine("JSON written to " + jsonFile.FullName);
            }

            if (parse.GetValue(csv) is { } csvFile)
            {
                var text = new StringBuilder("court_id,court_name,posts_a,posts_b,explanation\n");
                foreach (var change in outcome.Changes)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{Quote(change.CourtId)},{Quote(change.CourtName)},{change.PostsA},{change.PostsB},{Quote(change.Explanation)}\n");
                }

                File.WriteAllText(csvFile.FullName, text.ToString());
                context.Console.WriteLine("CSV written to " + csvFile.FullName);
            }

            return 0;
        });
        return command;
    }

    private static void Print(CliContext context, WhatIfOutcome outcome)
    {
        var console = context.Console;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome.LabelA}: {outcome.PlacedA} posts placed; {outcome.LabelB}: {outcome.PlacedB} posts placed. {outcome.Changes.Count} court(s) change, {outcome.UnchangedCourts} unchanged."));
        if (outcome.Changes.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Courts whose posts change").AddColumns("Court", Markup.Escape(outcome.LabelA), Markup.Escape(outcome.LabelB), "Why");
        foreach (var change in outcome.Changes)
        {
            table.AddRow(
                Markup.Escape(change.CourtName),
                change.PostsA.ToString(CultureInfo.InvariantCulture),
                change.PostsB.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(change.Explanation));
        }

        console.Write(table);
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
