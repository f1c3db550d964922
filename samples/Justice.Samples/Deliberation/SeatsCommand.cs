using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Serialization;
using Justice.Domain.Deliberation.Ties;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Deliberation;

/// <summary><c>justice seats</c>: apportions seats among lists and explains the result.</summary>
internal static class SeatsCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Option<string>("--method") { Description = "largest-remainder-hare, largest-remainder-droop, dhondt, sainte-lague, huntington-hill or quota-then-highest-average.", Required = true };
        var seats = new Option<int>("--seats") { Description = "Seats to fill.", Required = true };
        var votes = new Option<string>("--votes") { Description = "Votes per list: NAME=COUNT,NAME=COUNT (e.g. A=100,B=80,C=30).", Required = true };
        var tieBreak = new Option<string>("--tie-break") { Description = "none (report ties unresolved), most-votes-then-lot, or lot.", DefaultValueFactory = _ => "none" };
        var seed = new Option<long?>("--seed") { Description = "Seed of the drawing of lots (seeded mode)." };
        var entropy = new Option<string?>("--entropy") { Description = "Published entropy sources for an RFC 3797 drawing, separated by '/': 9319/2,5,12,8,10." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout." };
        var command = new Command("seats", "Apportions seats among lists (largest remainder or highest averages) and explains the result.")
        {
            method, seats, votes, tieBreak, seed, entropy, json,
        };
        command.SetAction(parse =>
        {
            var m = SeatApportionment.ParseMethod(parse.GetValue(method)!);
            var lists = VoteListParser.Parse(parse.GetValue(votes));
            var chain = Chain(parse.GetValue(tieBreak)!, CliParsing.Lots(parse.GetValue(entropy), parse.GetValue(seed)));
            var outcome = SeatApportionment.Apportion(m, parse.GetValue(seats), lists, chain);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ToJson(outcome).ToJsonString(CliJson.Options));
            }
            else
            {
                Print(context, outcome);
            }

            return 0;
        });
        return command;
    }

    public static TieBreakChain Chain(string text, Domain.Deliberation.Lots.DrawingOfLots? lots) => text.Trim().ToLowerInvariant() switch
    {
        "none" => TieBreakChain.Unresolved,
        "most-votes-then-lot" => TieBreakChain.MostVotesThenLot(lots ?? throw new CliUsageException("--tie-break most-votes-then-lot needs --seed or --entropy for the drawing of lots.")),
        "lot" => TieBreakChain.LotOnly(lots ?? throw new CliUsageException("--tie-break lot needs --seed or --entropy for the drawing of lots.")),
        _ => throw new CliUsageException("--tie-break '" + text + "' is unknown; expected none, most-votes-then-lot or lot."),
    };

    public static JsonObject ToJson(ApportionmentOutcome outcome)
    {
        var seats = new JsonObject();
        foreach (var list in outcome.Lists)
        {
            seats[list.Name] = list.Seats;
        }

        return new JsonObject
        {
            ["method"] = outcome.Method.ToString(),
            ["seatsToFill"] = outcome.SeatsToFill,
            ["seats"] = seats,
            ["complete"] = outcome.IsComplete,
            ["outcome"] = JsonSerializer.SerializeToNode(outcome, DeliberationJsonContext.Default.ApportionmentOutcome),
        };
    }

    public static void Print(CliContext context, ApportionmentOutcome outcome)
    {
        var table = new Table().AddColumns("List", "Votes", "Quota seats", "Remainder", "Other seats", "Seats");
        foreach (var l in outcome.Lists)
        {
            table.AddRow(
                Markup.Escape(l.Name),
                l.Votes.ToString(CultureInfo.InvariantCulture),
                l.QuotaSeats.ToString(CultureInfo.InvariantCulture),
                l.Remainder ?? "-",
                l.AdditionalSeats.ToString(CultureInfo.InvariantCulture),
                l.Seats.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.WriteLine(outcome.ToText());
    }
}
