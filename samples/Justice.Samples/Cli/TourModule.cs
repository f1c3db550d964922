using System.CommandLine;
using Spectre.Console;

namespace Justice.Samples.Cli;

/// <summary><c>justice tour</c>: runs every showcase on embedded default data.</summary>
public sealed class TourModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var only = new Option<string?>("--only") { Description = "Run only the showcases whose title contains this text (case-insensitive)." };
        var tour = new Command("tour", "Runs every showcase of the packages on embedded default data and prints what it did.") { only };
        tour.SetAction(parse =>
        {
            var filter = parse.GetValue(only);
            var steps = JusticeCli.Showcases()
                .Where(s => filter is null || s.Title.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (steps.Count == 0)
            {
                throw new CliUsageException("no showcase matches --only '" + filter + "'.");
            }

            foreach (var step in steps)
            {
                context.Console.Write(new Rule("[bold]" + Markup.Escape(step.Title) + "[/]").LeftJustified());
                step.Run(context);
                context.Console.WriteLine();
            }

            context.Console.MarkupLine("[green]tour finished:[/] " + steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " showcases ran.");
            return 0;
        });
        yield return tour;
    }
}
