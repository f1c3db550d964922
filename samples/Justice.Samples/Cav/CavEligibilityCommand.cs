using System.CommandLine;
using System.Text.Json;
using Justice.Domain.Cav.Grades;
using Justice.Domain.Cav.Serialization;
using Justice.Domain.Core;
using Justice.Samples.Cli;
using NodaTime;
using Spectre.Console;
using static Justice.Samples.Cav.CavCliOptions;

namespace Justice.Samples.Cav;

/// <summary><c>justice cav eligibility</c>: eligibility for the deuxième or troisième grade on a date, and why.</summary>
internal static class CavEligibilityCommand
{
    public static Command Create(CliContext context)
    {
        var grade = new Option<string?>("--grade") { Description = "Current grade: premier, deuxieme (or a former grade: second, premier of the former hierarchy is read as deuxième)." };
        var installed = new Option<string?>("--installed") { Description = "Installation in the first judicial functions (YYYY-MM-DD), for the deuxième grade." };
        var echelon7 = new Option<string?>("--echelon7-since") { Description = "Day the 7th échelon of the premier grade was reached (YYYY-MM-DD)." };
        var appointed = new Option<string?>("--appointed-second-grade") { Description = "Appointment to the deuxième grade (YYYY-MM-DD), for the troisième grade." };
        var at = new Option<string?>("--at") { Description = "The date asked (YYYY-MM-DD)." };
        var input = new Option<FileInfo?>("--input") { Description = "A JSON file {\"grade\",\"installed\",\"echelon7Since\",\"appointedSecondGrade\",\"at\"} instead of the options." };
        var json = new Option<bool>("--json") { Description = "Print the decision as one JSON object." };
        var encoding = InputOptions.Encoding();
        var command = new Command("eligibility", "Eligibility for promotion to the deuxième grade (from the premier grade) or the troisième grade (from the deuxième), with each condition and its source.")
        {
            grade, installed, echelon7, appointed, at, input, json, encoding,
        };
        command.SetAction(parse =>
        {
            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["grade"] = parse.GetValue(grade),
                ["installed"] = parse.GetValue(installed),
                ["echelon7Since"] = parse.GetValue(echelon7),
                ["appointedSecondGrade"] = parse.GetValue(appointed),
                ["at"] = parse.GetValue(at),
            };
            // Each value is named in messages by where it came from: its option, or its field in the --input file.
            var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["grade"] = "--grade",
                ["installed"] = "--installed",
                ["echelon7Since"] = "--echelon7-since",
                ["appointedSecondGrade"] = "--appointed-second-grade",
                ["at"] = "--at",
            };
            if (parse.GetValue(input) is { } file)
            {
                using var document = JsonInput.Read(file.FullName, InputOptions.Format(parse, encoding).Encoding, text => JsonDocument.Parse(text));
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new CliUsageException("--input " + file.Name + " holds a JSON " + document.RootElement.ValueKind + "; expected a JSON object with the fields " + string.Join(", ", values.Keys) + ".");
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (!values.ContainsKey(property.Name))
                    {
                        throw new CliUsageException("--input " + file.Name + ": unknown field '" + property.Name + "'; expected " + string.Join(", ", values.Keys) + ".");
                    }

                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        throw new CliUsageException("--input " + file.Name + ": field '" + property.Name + "' is a " + property.Value.ValueKind + "; expected a string such as \"2026-01-01\" or \"premier\".");
                    }

                    values[property.Name] = property.Value.GetString();
                    labels[property.Name] = file.Name + ": field '" + property.Name + "'";
                }

                foreach (var key in values.Keys.Where(k => values[k] is null))
                {
                    labels[key] = file.Name + ": field '" + key + "' (or " + labels[key] + ")";
                }
            }

            var result = Decide(values, labels);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(CliJson.Serialize(result, CavJsonContext.Default.PromotionEligibility));
                return 0;
            }

            Print(context, result);
            return 0;
        });
        return command;
    }

    /// <summary>Decides from the values given; <paramref name="labels"/> names each value in messages (an option, or a field of the input file).</summary>
    public static PromotionEligibility Decide(IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string> labels)
    {
        var gradeText = values["grade"] ?? throw new CliUsageException(labels["grade"] + " is required (premier or deuxieme).");
        var date = ParseDate(values["at"] ?? throw new CliUsageException(labels["at"] + " is required (YYYY-MM-DD)."), labels["at"]);
        var current = GradeReform.AsOf(Grade.Parse(gradeText), date < GradeReform.EffectiveDate ? GradeReform.EffectiveDate : date);
        if (current == Grade.FirstGrade)
        {
            var installedOn = ParseDate(values["installed"] ?? throw new CliUsageException(labels["installed"] + " is required for the deuxième grade."), labels["installed"]);
            return PromotionRules.SecondGrade(Grade.Parse(gradeText), installedOn, ParseOptionalDate(values["echelon7Since"], labels["echelon7Since"]), date);
        }

        if (current == Grade.SecondGrade)
        {
            var appointedOn = ParseDate(values["appointedSecondGrade"] ?? throw new CliUsageException(labels["appointedSecondGrade"] + " is required for the troisième grade."), labels["appointedSecondGrade"]);
            return PromotionRules.ThirdGrade(Grade.Parse(gradeText), appointedOn, date);
        }

        throw new CliUsageException(labels["grade"] + " '" + gradeText + "' is the highest grade; eligibility is computed from the premier or the deuxième grade.");
    }

    public static void Print(CliContext context, PromotionEligibility result)
    {
        var verdict = result.Eligible
            ? Inv($"ELIGIBLE for the {result.Target.FrenchName} on {Iso(result.At)}")
            : Inv($"NOT eligible for the {result.Target.FrenchName} on {Iso(result.At)}") +
              (result.EligibleFrom is { } from ? " (eligible from " + Iso(from) + ")" : " (a condition is never met on the data given)");
        context.Console.MarkupLine((result.Eligible ? "[green]" : "[red]") + Markup.Escape(verdict) + "[/]");
        var table = new Table().AddColumns("Condition", "Met", "Detail", "Source");
        foreach (var c in result.Conditions)
        {
            table.AddRow(Markup.Escape(c.Condition), c.Met ? "yes" : "no", Markup.Escape(c.Detail), Markup.Escape(c.Reference.ToString()));
        }

        context.Console.Write(table);
    }
}
