namespace Justice.Samples.Tests.Cli;

public class JusticeCliTests
{
    [Fact]
    public void Tour_RunsEveryShowcaseAndSucceeds()
    {
        var (code, output, error) = CliRunner.Run("tour");
        Assert.True(code == 0, error);
        Assert.Contains("Core: the grade reform", output, StringComparison.Ordinal);
        Assert.Contains("troisième grade", output, StringComparison.Ordinal);
        Assert.Contains("tour finished", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTour()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("tour", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_FailsWithMessageOnStderr()
    {
        var (code, output, error) = CliRunner.Run("no-such-command");
        Assert.NotEqual(0, code);
        Assert.Contains("no-such-command", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_OnlyMatchingNothing_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("tour", "--only", "nothing-matches-this");
        Assert.Equal(2, code);
        Assert.StartsWith("error: no showcase matches", error, StringComparison.Ordinal);
    }
}
