namespace Justice.Samples.Tests.Cli;

/// <summary>Assertions on a run of the CLI that say, when they fail, what was expected and what the CLI wrote.</summary>
internal static class CliAssert
{
    /// <summary>Fails unless the run exited with <paramref name="expected"/>, with the stderr of the run in the message.</summary>
    public static void Exit(int expected, int actual, string stderr)
    {
        if (actual != expected)
        {
            Assert.Fail($"expected exit {expected}, got {actual}; stderr: {Shorten(stderr)}");
        }
    }

    /// <summary>Fails unless the run exited with <paramref name="expected"/>, with the stderr of the run in the message.</summary>
    public static void Exit(int expected, (int ExitCode, string Out, string Error) result) => Exit(expected, result.ExitCode, result.Error);

    /// <summary>Fails when the run exited with 0 (it was expected to fail), with its stdout in the message.</summary>
    public static void Failed(int actual, string stdout)
    {
        if (actual == 0)
        {
            Assert.Fail($"expected a failing exit code, got 0; stdout: {Shorten(stdout)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
