using System.Text.Json;
using Justice.Domain.Usm.Readings;
using Justice.Samples.Cli;
using Justice.Samples.Usm;

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

    [Fact]
    public void Readings_EveryPropertyOfUsmReadingsHasOneSwitch()
    {
        var properties = typeof(UsmReadings).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(properties, UsmReadingOptions.All.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(UsmReadingOptions.All, e => Assert.Contains(e.ValueOf(UsmReadings.Default), e.Values));
    }

    [Fact]
    public void Readings_ListsEachReadingWithItsDefault()
    {
        var (code, output, stderr) = Run("usm", "readings");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("HonorarySeat", output, StringComparison.Ordinal);
        Assert.Contains("AtLeastOne, ExactlyOne", output, StringComparison.Ordinal);
        Assert.Contains("UnionlessProxyGiver", output, StringComparison.Ordinal);
        Assert.Contains("RI USM, art. 2-9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_SecondGradeReadingDeuxiemeGrade_RejectsTheEntryGradeCandidacy()
    {
        var (code, output, stderr) = Run("usm", "assembly", "--json", "--reading", "second-grade=deuxieme-grade");
        CliAssert.Exit(0, code, stderr);
        var (_, defaults, _) = Run("usm", "assembly", "--json");
        Assert.Contains("'bor05' is not on the list of admitted candidates", output, StringComparison.Ordinal);
        Assert.DoesNotContain("'bor05' is not on the list of admitted candidates", defaults, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_UnionlessProxyGiverReading_ChangesTheProxyRuleAndSaysWhichReadings()
    {
        var (code, output, stderr) = Run("usm", "assembly", "--reading", "UnionlessProxyGiver=MayGiveToAnyMember");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("Readings: UnionlessProxyGiver=MayGiveToAnyMember; the others the defaults", output, StringComparison.Ordinal);
        var (_, defaults, _) = Run("usm", "assembly");
        Assert.Contains("Readings: the defaults", defaults, StringComparison.Ordinal);
        var (_, json, _) = Run("usm", "assembly", "--json", "--reading", "UnionlessProxyGiver=MayGiveToAnyMember");
        var (_, defaultJson, _) = Run("usm", "assembly", "--json");
        Assert.Contains("a giver of no group may give to any member", json, StringComparison.Ordinal);
        Assert.DoesNotContain("a giver of no group may give to any member", defaultJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_ReadingsTheAssemblyDoesNotRead_LeaveTheOutcomeAsIs()
    {
        var (_, defaults, _) = Run("usm", "assembly", "--json");
        foreach (var entry in UsmReadingOptions.All.Where(e => !e.ReadByAssembly))
        {
            var other = entry.Values.First(v => v != entry.ValueOf(UsmReadings.Default));
            var (code, output, stderr) = Run("usm", "assembly", "--json", "--reading", entry.Name + "=" + other);
            CliAssert.Exit(0, code, stderr);
            Assert.Equal(defaults, output);
        }
    }

    [Theory]
    [InlineData("Foo=1", "--reading 'Foo' names no reading; the readings are PresidentVoice")]
    [InlineData("HonorarySeat=Two", "--reading HonorarySeat='Two' is not a value of HonorarySeat; the values are AtLeastOne, ExactlyOne.")]
    [InlineData("HonorarySeat", "--reading 'HonorarySeat' is not NAME=VALUE")]
    [InlineData("BureauTwoThirdsBase=VotesCast", "the values are DeliberativeMembers, PresentOrRepresented.")]
    public void Assembly_BadReading_ExitCode2NamingTheSwitch(string reading, string message)
    {
        var (code, output, error) = Run("usm", "assembly", "--reading", reading);
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
