using Spectre.Console;

namespace Justice.Samples.Cli;

/// <summary>
/// Where a command writes: <see cref="Console"/> for human-readable output (tables, rules), <see cref="Out"/>
/// for machine-readable output (<c>--json</c>), <see cref="Error"/> for error messages (stderr).
/// Tests build one over <see cref="StringWriter"/>s.
/// </summary>
public sealed class CliContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">Whether output is a terminal (colours, live progress).</param>
    public CliContext(TextWriter output, TextWriter error, bool interactive = false)
    {
        Out = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 160;
        }
    }

    /// <summary>Human-readable output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Standard output, for JSON and CSV.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether output is a terminal.</summary>
    public bool Interactive { get; }

    /// <summary>The context of the real process.</summary>
    /// <returns>A context over the process's stdout and stderr.</returns>
    public static CliContext ForProcess() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected);
}
