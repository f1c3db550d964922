using System.CommandLine;
using System.Reflection;

namespace Justice.Samples.Cli;

/// <summary>Builds the <c>justice</c> root command from the modules and showcases of this assembly and runs it.</summary>
public static class JusticeCli
{
    /// <summary>Exit code of a user error (bad option, bad input).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of an unexpected failure.</summary>
    public const int InternalError = 1;

    /// <summary>Builds the root command.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("justice: the Justice.Domain sample command line. French judicial governance rules as tested code.");
        foreach (var module in Discover<ICliModule>().OrderBy(m => m.GetType().Name, StringComparer.Ordinal))
        {
            foreach (var command in module.CreateCommands(context))
            {
                root.Subcommands.Add(command);
            }
        }

        return root;
    }

    /// <summary>The showcases of the tour, in order.</summary>
    /// <returns>The showcases.</returns>
    public static IReadOnlyList<IShowcase> Showcases() =>
        Discover<IShowcase>().OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();

    /// <summary>Parses and runs <paramref name="args"/>; errors go to stderr with a non-zero exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">Where to write.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is CliUsageException or ArgumentException or FormatException or InvalidOperationException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            context.Error.WriteLine("error: " + ex.Message);
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("cancelled.");
            return 130;
        }
    }

    private static IEnumerable<T> Discover<T>() =>
        typeof(JusticeCli).Assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!);
}
