using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Justice.Domain.Cav;
using Justice.Domain.Cav.Election;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Samples.Cli;
using Spectre.Console;

namespace Justice.Samples.Cav;

/// <summary><c>justice cav seats --seats 6 --votes USM=6099,SM=2503,UMFO=1251,CFDT=146 [--json]</c>: seats under Décret 2025-659, art. 14.</summary>
internal static class CavSeatsCommand
{
    public static Command Create(CliContext context)
    {
        var seats = new Option<int>("--seats") { Description = "Titular seats to fill (6 for a full renewal).", Required = true };
        var votes = new Option<string>("--votes") { Description = "Valid votes per list: NAME=VOTES,NAME=VOTES…", Required = true };
        var seed = new Option<long?>("--lot-seed") { Description = "Seed of the drawing of lots (RFC 3797 procedure, key \"<seed>./\") for ties that votes do not break; without it such a tie is reported unresolved." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with a 'seats' object mapping each list to its seats." };
        var command = new Command("seats", "Seats of the six representatives under Décret 2025-659, art. 14: electoral quotient, largest remainder, then more votes, then drawing of lots.")
        {
            seats, votes, seed, json,
        };
        command.SetAction(parse =>
        {
            var seatCount = parse.GetValue(seats);
            if (seatCount <= 0)
            {
                throw new CliUsageException("--seats " + seatCount.ToString(CultureInfo.InvariantCulture) + " is not a number of seats; expected 1 or more.");
            }

            var lists = VoteListParser.Parse(parse.GetValue(votes));
            var lots = parse.GetValue(seed) is { } s ? DrawingOfLots.Seeded(s) : null;
            var outcome = RepresentativeSeats.Allocate(seatCount, lists, lots);
            if (parse.GetValue(json))
            {
                WriteJson(context.Out, outcome);
                return 0;
            }

            Print(context, outcome);
            return 0;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, ApportionmentOutcome outcome)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("rule", CavReferences.SeatAllocation.ToString());
            writer.WriteNumber("seatsToFill", outcome.SeatsToFill);
            writer.WriteNumber("validVotes", outcome.TotalVotes);
            writer.WriteString("quotient", outcome.Quota);
            writer.WriteBoolean("complete", outcome.IsComplete);
            writer.WriteNumber("seatsUnallocated", outcome.SeatsUnallocated);
            writer.WriteStartObject("seats");
            foreach (var list in outcome.Lists)
            {
                writer.WriteNumber(list.Name, list.Seats);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("lists");
            foreach (var list in outcome.Lists)
            {
                writer.WriteStartObject();
                writer.WriteString("name", list.Name);
                writer.WriteNumber("votes", list.Votes);
                writer.WriteNumber("quotientSeats", list.QuotaSeats);
                writer.WriteString("remainder", list.Remainder);
                writer.WriteNumber("remainderSeats", list.AdditionalSeats);
                writer.WriteNumber("seats", list.Seats);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("explanation");
            foreach (var line in outcome.Explanation)
            {
                writer.WriteStringValue(line.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Print(CliContext context, ApportionmentOutcome outcome)
    {
        var table = new Table().AddColumns("List", "Valid votes", "Share", "Seats by quotient", "Remainder (votes × seats mod total, ÷ seats)", "Seats by remainder", "Seats");
        foreach (var list in outcome.Lists)
        {
            var share = (100m * list.Votes / outcome.TotalVotes).ToString("0.00", CultureInfo.InvariantCulture) + " %";
            table.AddRow(Markup.Escape(list.Name), list.Votes.ToString(CultureInfo.InvariantCulture), share, list.QuotaSeats.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(list.Remainder ?? "-"), list.AdditionalSeats.ToString(CultureInfo.InvariantCulture), "[bold]" + list.Seats.ToString(CultureInfo.InvariantCulture) + "[/]");
        }

        context.Console.Write(table);
        foreach (var line in outcome.Explanation)
        {
            context.Console.WriteLine(line.ToString());
        }

        if (!outcome.IsComplete)
        {
            context.Console.MarkupLine("[yellow]" + Markup.Escape(outcome.SeatsUnallocated.ToString(CultureInfo.InvariantCulture) + " seat(s) depend on a drawing of lots not made: pass --lot-seed, or draw from published sources (RFC 3797).") + "[/]");
        }
    }
}
