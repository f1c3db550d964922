using System.CommandLine;
using System.Text.Json;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Serialization;
using Justice.Samples.Cli;
using Spectre.Console;
using static Justice.Samples.Cav.CavCliOptions;

namespace Justice.Samples.Cav;

/// <summary><c>justice cav composition --at 2026-03-01</c>: the regime in force, its seats, formations and chairs.</summary>
internal static class CavCompositionCommand
{
    public static Command Create(CliContext context)
    {
        var at = new Option<string>("--at") { Description = "The date (YYYY-MM-DD).", Required = true };
        var formerFrom = new Option<string?>("--former-from") { Description = "First day of the former composition (default 1958-12-22; its last version only is modelled)." };
        var reformedFrom = new Option<string?>("--reformed-from") { Description = "First day of the reformed commission (default 2026-02-13, the day after the first election closed; no text fixes it)." };
        var json = new Option<bool>("--json") { Description = "Print the composition rules as one JSON object." };
        var command = new Command("composition", "The CAV regime in force on a date: its seats, mandate, formations and chairs, with their articles.") { at, formerFrom, reformedFrom, json };
        command.SetAction(parse =>
        {
            var date = ParseDate(parse.GetValue(at), "--at");
            var timeline = CavRegimes.Timeline(
                ParseOptionalDate(parse.GetValue(formerFrom), "--former-from") ?? DefaultFormerFrom,
                ParseOptionalDate(parse.GetValue(reformedFrom), "--reformed-from") ?? DefaultReformedFrom);
            if (!timeline.TryAt(date, out var rules))
            {
                throw new CliUsageException("--at " + Iso(date) + " is before any CAV regime; the first starts on " + Iso(timeline.FirstDate) + ".");
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(rules, CavJsonContext.Default.CavCompositionRules));
                return 0;
            }

            Print(context, rules, date, timeline.VersionAt(date).From);
            return 0;
        });
        return command;
    }

    public static void Print(CliContext context, CavCompositionRules rules, NodaTime.LocalDate date, NodaTime.LocalDate from)
    {
        var console = context.Console;
        console.MarkupLine(Markup.Escape(Inv($"On {Iso(date)}: the {(rules.Regime == CavRegimeKind.Former ? "former" : "reformed")} commission (in force from {Iso(from)}), {rules.TitularMembers} titular members, {rules.ElectedMembers} elected with an alternate each; mandate {rules.MandateYears} years, {(rules.MandateRenewable ? "renewable" : "not renewable")}{(rules.PromotionBarredDuringMandate ? "; no promotion in grade during the mandate" : string.Empty)} ({rules.MandateReference}).")));
        var seats = new Table().AddColumns("Seat", "Titulars", "Designation", "Who", "Source");
        foreach (var seat in rules.Seats)
        {
            seats.AddRow(Markup.Escape(seat.Code), seat.Titulars.ToString(System.Globalization.CultureInfo.InvariantCulture), seat.Designation.ToString(),
                Markup.Escape(seat.FrenchTitle + " — " + seat.Electorate), Markup.Escape(seat.Reference.ToString()));
        }

        console.Write(seats);
        var formations = new Table().AddColumns("Formation", "Remit", "Chair", "Vice-chair", "Limits and gaps");
        foreach (var f in rules.Formations)
        {
            formations.AddRow(f.Formation.ToString(), Markup.Escape(f.Remit), Markup.Escape(f.Chair ?? "(not stated in our texts)"),
                Markup.Escape(f.ViceChair ?? "(not stated in our texts)"), Markup.Escape(string.Join(" | ", f.Limits.Concat(f.Gaps))));
        }

        console.Write(formations);
    }
}
