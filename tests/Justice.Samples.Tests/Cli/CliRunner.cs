using Justice.Samples.Cli;

namespace Justice.Samples.Tests.Cli;

/// <summary>Runs the <c>justice</c> CLI in process and captures what it writes.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = JusticeCli.Run(args, new CliContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
