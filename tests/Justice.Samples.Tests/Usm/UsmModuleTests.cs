using System.Text.Json;
using Justice.Samples.Cli;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Usm;

public class UsmModuleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Calendar_Assembly20261126_PrintsEveryDeadlineWithItsArticle()
    {
        var (code, output, stderr) = Run("usm", "calendar", "--assembly", "2026-11-26");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("2026-11-20", output, StringComparison.Ordinal);
        Assert.Contains("2026-11-26 17:00 Europe/Paris", output, StringComparison.Ordinal);
        Assert.Contains("RI USM, art. 3-2, al. 4", output, StringComparison.Ordinal);
        Assert.Contains("Statuts USM, art. 24", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_Json_OneObjectWithTwelveDeadlines()
    {
        var (code, output, stderr) = Run("usm", "calendar", "--assembly", "2026-11-26", "--json");
        CliAssert.Exit(0, code, stderr);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(12, doc.RootElement.GetProperty("deadlines").GetArrayLength());
        Assert.Equal("2026-11-27", doc.RootElement.GetProperty("vote").GetString());
    }

    [Fact]
    public void Calendar_BadDate_ExitCode2NamingTheOption()
    {
        var (code, _, error) = Run("usm", "calendar", "--assembly", "26/11/2026");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("--assembly '26/11/2026'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_LastDayOfTheCalendar_ExitCode2NamingTheOption()
    {
        var (code, output, error) = Run("usm", "calendar", "--assembly", "9999-12-31");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--assembly '9999-12-31'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_Default_PrintsRejectionsBureauAndResults()
    {
        var (code, output, stderr) = Run("usm", "assembly");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("already holds 5 proxies", output, StringComparison.Ordinal);
        Assert.Contains("irrecevable", output, StringComparison.Ordinal);
        Assert.Contains("OldestRegionalDelegate", output, StringComparison.Ordinal);
        Assert.Contains("magistrats honoraires", output, StringComparison.Ordinal);
        Assert.Contains("not up to date with the dues", output, StringComparison.Ordinal);
        Assert.Contains("Rejected: 5 proxy(ies), 4 candidacy(ies)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_Json_OneObjectWithPresidentAndCouncil()
    {
        var (code, output, stderr) = Run("usm", "assembly", "--json");
        CliAssert.Exit(0, code, stderr);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("par04", doc.RootElement.GetProperty("president").GetProperty("elected")[0].GetProperty("id").GetString());
        Assert.Equal(26, doc.RootElement.GetProperty("council").GetProperty("elected").GetArrayLength());
    }

    [Fact]
    public void Assembly_PrintedScenarioRunsBackToTheSameOutcome()
    {
        var path = Path.Combine(Path.GetTempPath(), "usm-scenario-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (_, scenario, _) = Run("usm", "assembly", "--print-scenario");
            File.WriteAllText(path, scenario);
            var fromFile = Run("usm", "assembly", "--scenario", path, "--json");
            var embedded = Run("usm", "assembly", "--json");
            Assert.Equal(0, fromFile.Code);
            Assert.Equal(embedded.Out, fromFile.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assembly_ScenarioWithoutMembers_ExitCode2NamingTheField()
    {
        var path = Path.Combine(Path.GetTempPath(), "usm-bad-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, "{\"opening\":\"2026-11-26\",\"vote\":\"2026-11-27\"}");
            var (code, _, error) = Run("usm", "assembly", "--scenario", path);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("members", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tour_IncludesTheUsmStep()
    {
        var (code, output, stderr) = Run("tour", "--only", "USM");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("USM: the electoral assembly", output, StringComparison.Ordinal);
        Assert.Contains("RI USM, art. 3-2, al. 4", output, StringComparison.Ordinal);
    }
}
