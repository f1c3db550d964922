using System.CommandLine;
using Justice.Samples.Cli;

namespace Justice.Samples.Cav;

/// <summary><c>justice cav</c>: the commission d'avancement (seats of the 1° election, composition by date, promotion eligibility).</summary>
public sealed class CavModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var cav = new Command("cav", "The commission d'avancement (CAV): seats of the representatives, composition by date, promotion eligibility.");
        cav.Subcommands.Add(CavSeatsCommand.Create(context));
        cav.Subcommands.Add(CavCompositionCommand.Create(context));
        cav.Subcommands.Add(CavEligibilityCommand.Create(context));
        yield return cav;
    }
}
