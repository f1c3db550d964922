using System.CommandLine;
using Justice.Samples.Cli;

namespace Justice.Samples.IdentityScale;

/// <summary>
/// <c>justice identity-scale</c>: person-identity matching on large files (bulk deduplication on all cores with
/// progress and clean cancellation).
/// </summary>
public sealed class IdentityScaleModule : ICliModule
{
    /// <inheritdoc />
    public IEnumerable<Command> CreateCommands(CliContext context)
    {
        var command = new Command("identity-scale", "Person-identity matching at scale: bulk deduplication with progress.");
        command.Subcommands.Add(IdentityScaleCommands.Dedupe(context));
        command.Subcommands.Add(IdentityScaleCommands.Blocking(context));
        yield return command;
    }
}
