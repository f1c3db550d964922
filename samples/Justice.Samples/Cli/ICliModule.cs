using System.CommandLine;

namespace Justice.Samples.Cli;

/// <summary>
/// One capability of the <c>justice</c> CLI: the top-level commands it adds. Modules are discovered by
/// reflection, so each area adds its folder and nothing else.
/// </summary>
public interface ICliModule
{
    /// <summary>Creates the module's top-level commands.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The commands.</returns>
    IEnumerable<Command> CreateCommands(CliContext context);
}
