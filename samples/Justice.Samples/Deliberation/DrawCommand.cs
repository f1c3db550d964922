using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Deliberation.Serialization;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Deliberation;

/// <summary><c>justice draw</c>: a publicly verifiable drawing of lots (RFC 3797) that anyone can replay.</summary>
internal static class DrawCommand
{
    public static Command Create(CliContext context)
    {
        var pool = new Option<string>("--pool") { Description = "The pool in its published order, comma-separated: Alice,Bob,Chloé.", Required = true };
        var count = new Option<int>("--count") { Description = "How many to select.", DefaultValueFactory = _ => 1 };
        var entropy = new Option<string?>("--entropy") { Description = "Published entropy sources separated by '/': 9319/2,5,12,8,10/9,18,26,34,41,45." };
        var seed = new Option<long?>("--seed") { Description = "A seed instead of published entropy (tests, simulations)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        var command = new Command("draw", "Draws lots from published entropy (RFC 3797) or a seed, and prints the key, each MD5 and the selection.")
        {
            pool, count, entropy, seed, json,
        };
        command.SetAction(parse =>
        {
            var lots = CliParsing.Lots(parse.GetValue(entropy), parse.GetValue(seed))
                ?? throw new CliUsageException("draw needs --entropy (published sources) or --seed.");
            var items = parse.GetValue(pool)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var draw = lots.Draw(items, parse.GetValue(count));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(draw, DeliberationJsonContext.Default.LotDraw));
                return 0;
            }

            context.Console.WriteLine("Key string: " + draw.KeyString + " (" + draw.Reference + ")");
            var table = new Table().AddColumns("Index", "MD5", "Remaining", "Position", "Selected");
            foreach (var step in draw.Steps)
            {
                table.AddRow(
                    step.Index.ToString(CultureInfo.InvariantCulture),
                    step.Md5,
                    step.Remaining.ToString(CultureInfo.InvariantCulture),
                    step.Position.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(step.Selected));
            }

            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
