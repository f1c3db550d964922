using System.CommandLine;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;

namespace Justice.Samples.Cli;

/// <summary>
/// Builds the <c>justice</c> root command from the modules and showcases of this assembly and runs it, with one
/// exit-code convention (docs/cli.md): <see cref="Success"/>, <see cref="UsageError"/>, <see cref="InputError"/>,
/// <see cref="InternalError"/>, <see cref="Cancelled"/>.
/// </summary>
public static class JusticeCli
{
    /// <summary>Exit code of a run that did its work.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a command line that does not parse (unknown command or option, missing or mistyped value); the error and the help go to stderr.</summary>
    public const int UsageError = 1;

    /// <summary>Exit code of a refused value or input: an option's value out of range, a file missing, unreadable, malformed or with every row rejected, an output that cannot be written.</summary>
    public const int InputError = 2;

    /// <summary>Exit code of a failure that is a bug of the CLI or a library, not of the input (<c>EX_SOFTWARE</c> of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Exit code of a run stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>The option that adds the stack trace to an internal error.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "On an internal error, print the exception's stack trace too.", Recursive = true };

    /// <summary>Builds the root command.</summary>
    /// <param name="context">Where the commands write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("justice: the Justice.Domain sample command line. French judicial governance rules as tested code. Exit codes: 0 success, 1 usage, 2 bad input or I/O, 70 internal error, 130 cancelled.")
        {
            Verbose,
        };
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

    /// <summary>Parses and runs <paramref name="args"/>; errors go to stderr, one line each, with the exit code of the convention.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">Where to write.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, CliContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error.WriteLine("error: " + error.Message);
            }

            context.Error.WriteLine();
            var path = new List<string>();
            for (var command = parse.CommandResult; command.Parent is CommandResult parent; command = parent)
            {
                path.Insert(0, command.Command.Name);
            }

            root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = context.Error, Error = context.Error });
            return UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,

            // Ctrl+C is handled below, not by System.CommandLine: its handler leaves the signal's default (ending the
            // process at once) when the action stops within its timeout, before the action's partial outputs are removed.
            ProcessTerminationTimeout = null,
        };

        // The first Ctrl+C cancels the action's token: the action stops between batches, removes its partial outputs
        // and ends with "cancelled." (exit 130). A second Ctrl+C ends the process at once.
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        System.Console.CancelKeyPress += onCtrlC;
        try
        {
            return parse.InvokeAsync(configuration, interrupt.Token).GetAwaiter().GetResult();
        }
        catch (Exception thrown)
        {
            var ex = Unwrap(thrown);
            if (ex is OperationCanceledException)
            {
                context.Error.WriteLine("cancelled.");
                return Cancelled;
            }

            if (IsInputError(ex))
            {
                context.Error.WriteLine("error: " + OneLine(ex.Message));
                return InputError;
            }

            context.Error.WriteLine("internal error: " + ex.GetType().Name + ": " + OneLine(ex.Message) + (parse.GetValue(Verbose) ? string.Empty : " (run with --verbose for the stack trace; please report it)"));
            if (parse.GetValue(Verbose))
            {
                context.Error.WriteLine(ex.ToString());
            }

            return InternalError;
        }
        finally
        {
            System.Console.CancelKeyPress -= onCtrlC;
        }
    }

    /// <summary>
    /// Whether an exception is the input's fault: the CLI's own checks, malformed text or JSON, a value the libraries
    /// refuse (their argument checks read what the user gave), and I/O failures.
    /// </summary>
    private static bool IsInputError(Exception ex) =>
        ex is CliUsageException or InvalidDataException or DecoderFallbackException or ArgumentException or FormatException
            or InvalidOperationException or IOException or System.Text.Json.JsonException or UnauthorizedAccessException;

    /// <summary>The exception that says what went wrong: the only inner exception of an <see cref="AggregateException"/> (parallel loops) or of a type initializer.</summary>
    private static Exception Unwrap(Exception ex)
    {
        while (true)
        {
            switch (ex)
            {
                case AggregateException aggregate when aggregate.Flatten().InnerExceptions.Count == 1:
                    ex = aggregate.Flatten().InnerExceptions[0];
                    continue;
                case AggregateException aggregate when aggregate.Flatten().InnerExceptions.All(e => e is OperationCanceledException):
                    return aggregate.Flatten().InnerExceptions[0];
                case TargetInvocationException or TypeInitializationException when ex.InnerException is not null:
                    ex = ex.InnerException;
                    continue;
                default:
                    return ex;
            }
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static IEnumerable<T> Discover<T>() =>
        typeof(JusticeCli).Assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (T)Activator.CreateInstance(t)!);
}
