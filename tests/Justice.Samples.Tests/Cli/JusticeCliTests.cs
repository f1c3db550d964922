using Justice.Samples.Cli;

namespace Justice.Samples.Tests.Cli;

public class JusticeCliTests
{
    [Fact]
    public void Tour_RunsEveryShowcaseAndSucceeds()
    {
        var (code, output, error) = CliRunner.Run("tour");
        CliAssert.Exit(0, code, error);
        Assert.Contains("Core: the grade reform", output, StringComparison.Ordinal);
        Assert.Contains("troisième grade", output, StringComparison.Ordinal);
        Assert.Contains("tour finished", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTour()
    {
        var (code, output, stderr) = CliRunner.Run("--help");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("tour", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_FailsWithMessageOnStderr()
    {
        var (code, output, error) = CliRunner.Run("no-such-command");
        CliAssert.Failed(code, output);
        Assert.Contains("no-such-command", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsWithUsageErrorAndHelpOnStderr()
    {
        var (code, output, error) = CliRunner.Run("tour", "--no-such-option");
        CliAssert.Exit(JusticeCli.UsageError, code, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredOption_ExitsWithUsageErrorNamingIt()
    {
        var (code, output, error) = CliRunner.Run("seats", "--seats", "3");
        CliAssert.Exit(JusticeCli.UsageError, code, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--votes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MistypedValue_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("identity", "generate", "--people", "many", "--output", "/tmp");
        CliAssert.Exit(JusticeCli.UsageError, code, error);
        Assert.Contains("many", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_OnlyMatchingNothing_IsAnInputError()
    {
        var (code, _, error) = CliRunner.Run("tour", "--only", "nothing-matches-this");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.StartsWith("error: no showcase matches", error, StringComparison.Ordinal);
    }
}
