using System.CommandLine;
using Justice.Samples.Cli;

namespace Justice.Samples.Deliberation;

/// <summary>The Deliberation commands: <c>justice seats</c>, <c>justice deliberate</c> and <c>justice draw</c>.</summary>
public sealed class DeliberationModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        yield return SeatsCommand.Create(context);
        yield return DeliberateCommand.Create(context);
        yield return DrawCommand.Create(context);
    }
}
