using System.Text.Json;
using Justice.Samples.Cli;
using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Allocation;

public class AllocationStudyCommandsTests
{
    [Fact]
    public void Sensitivity_SyntheticDataset_PrintsTheTableAndWritesCsvJsonAndChart()
    {
        var directory = Directory.CreateTempSubdirectory("justice-sensitivity-");
        try
        {
            var csv = Path.Combine(directory.FullName, "p.csv");
            var json = Path.Combine(directory.FullName, "p.json");
            var chart = Path.Combine(directory.FullName, "p.png");
            var (code, output, error) = CliRunner.Run("allocate", "sensitivity", "--runs", "300", "--noise", "0.03", "--seed", "5", "--posts", "10", "--csv", csv, "--json", json, "--chart", chart);

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains("300 runs, noise 0.03 (Uniform, per court and criterion), seed 5", output, StringComparison.Ordinal);
            Assert.Contains("P(≥ 1 post)", output, StringComparison.Ordinal);
            var rows = File.ReadAllLines(csv);
            Assert.Equal("court_id,court_name,baseline_posts,runs_with_post,probability_of_post,mean_posts,min,p5,median,p95,max", rows[0]);
            Assert.Equal(165, rows.Length);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Equal(5UL, document.RootElement.GetProperty("seed").GetUInt64());
            Assert.Equal(10, document.RootElement.GetProperty("postStabilities").GetArrayLength());
            var png = File.ReadAllBytes(chart);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--noise", "0.8", "perturbation, noise: must be between 0 and 0.5")]
    [InlineData("--runs", "0", "options, runs: must be between 1")]
    [InlineData("--drop", "penal_stock", "perturbation, droppedCriteria[0]: names no criterion")]
    [InlineData("--distribution", "cauchy", "--distribution must be one of uniform, normal")]
    public void Sensitivity_BadInput_FailsNamingTheField(string option, string value, string expected)
    {
        var (code, _, error) = CliRunner.Run("allocate", "sensitivity", "--posts", "5", option, value);
        Assert.Equal(JusticeCli.InputError, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_CapOnOneCourt_ShowsTheChangeInWords()
    {
        var directory = Directory.CreateTempSubdirectory("justice-compare-");
        try
        {
            var example = File.ReadAllText(ExampleFile());
            var a = Path.Combine(directory.FullName, "no-cap.json");
            var b = Path.Combine(directory.FullName, "cap.json");
            var json = Path.Combine(directory.FullName, "diff.json");
            File.WriteAllText(a, example);
            File.WriteAllText(b, example.Replace("\"nonSpecialized\": 5,", "\"nonSpecialized\": 5, \"maxPosts\": 1,", StringComparison.Ordinal));
            var (code, output, error) = CliRunner.Run("allocate", "compare", a, b, "--json", json);

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains("Courts whose posts change", output, StringComparison.Ordinal);
            Assert.Contains("(TJ-A) receives 2 posts under no-cap.json and 1 post under cap.json", output.Replace("\n", " ", StringComparison.Ordinal).Replace("│", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(json));
            Assert.Contains(document.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("courtId").GetString() == "TJ-A");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Compare_CriterionDropped_EqualRankSumsExplainedByTheTieBreak()
    {
        // docs/allocation/example-civil-only.json is example.json without its criminal_flow criterion.
        var civilOnly = Path.Combine(Path.GetDirectoryName(ExampleFile())!, "example-civil-only.json");
        var json = Path.Combine(Path.GetTempPath(), "compare-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (code, _, error) = CliRunner.Run("allocate", "compare", ExampleFile(), civilOnly, "--json", json);
            Assert.True(code == 0, error);
            var text = File.ReadAllText(json);
            Assert.Contains("(rank sum 4; the same sum: between equal sums, the higher population growth", text, StringComparison.Ordinal);
            Assert.Contains("Criteria in one scenario only: criminal_flow.", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void Compare_MissingFile_FailsClearly()
    {
        var (code, _, error) = CliRunner.Run("allocate", "compare", "/nonexistent/a.json", ExampleFile());
        Assert.Equal(JusticeCli.InputError, code);
        Assert.Contains("input file not found", error, StringComparison.Ordinal);
    }

    private static string ExampleFile()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "allocation", "example.json")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("docs/allocation/example.json not found"), "docs", "allocation", "example.json");
    }
}
