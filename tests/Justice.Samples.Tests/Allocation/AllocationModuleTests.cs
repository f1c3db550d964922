using System.Text.Json;
using Justice.Samples.Cli;

using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Allocation;

public class AllocationModuleTests
{
    [Fact]
    public void Allocate_NoInput_RunsTheSyntheticDataset()
    {
        var (code, output, error) = Run("allocate", "--posts", "6");
        CliAssert.Exit(0, code, error);
        Assert.Empty(error);
        Assert.Contains("SYNTHETIC", output, StringComparison.Ordinal);
        Assert.Contains("164 courts, 7 criteria, 6 posts", output, StringComparison.Ordinal);
        Assert.Contains("6 post(s) allocated", output, StringComparison.Ordinal);
        Assert.Contains("Final ranking", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ExampleFile_WritesTheDocumentedResult()
    {
        var target = Path.Combine(Path.GetTempPath(), "justice-allocate-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (code, output, stderr) = Run("allocate", "--input", ExampleFile(), "--output", target);
            CliAssert.Exit(0, code, stderr);
            Assert.Contains("TJ-B", output, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(File.ReadAllText(target));
            var allocations = document.RootElement.GetProperty("allocations").EnumerateArray().Select(a => a.GetProperty("courtId").GetString()!).ToArray();
            Assert.Equal(["TJ-B", "TJ-A", "TJ-A", "TJ-B"], allocations);
            Assert.Equal(2, document.RootElement.GetProperty("totals").GetProperty("TJ-A").GetInt32());
            Assert.Equal(0, document.RootElement.GetProperty("unallocated").GetInt32());
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Allocate_Json_PrintsOneObject()
    {
        var (code, output, stderr) = Run("allocate", "--input", ExampleFile(), "--posts", "2", "--json");
        CliAssert.Exit(0, code, stderr);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(2, document.RootElement.GetProperty("allocations").GetArrayLength());
    }

    [Fact]
    public void Allocate_BadInput_FailsNamingCourtAndField()
    {
        var file = Path.Combine(Path.GetTempPath(), "justice-allocate-bad-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(file, """
                { "posts": 1, "criteria": [ { "id": "k" } ],
                  "courts": [ { "id": "TJ-X", "nonSpecialized": 2, "values": { "k": [1, -5] } },
                              { "id": "TJ-X", "nonSpecialized": 2, "values": { "k": [1] } } ] }
                """);
            var (code, _, error) = Run("allocate", "--input", file);
            CliAssert.Exit(JusticeCli.InputError, code, error);
            Assert.Contains("court 'TJ-X', values.k[1]", error, StringComparison.Ordinal);
            Assert.Contains("court 'TJ-X', id: duplicate", error, StringComparison.Ordinal);
            Assert.Contains("2 errors", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Allocate_MissingFile_FailsClearly()
    {
        var (code, _, error) = Run("allocate", "--input", "/nonexistent/courts.json");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("input file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_NegativePosts_FailsClearly()
    {
        var (code, _, error) = Run("allocate", "--posts", "-1");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("--posts", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_CompareDHondt_ShowsTheDifferences()
    {
        var (code, output, stderr) = Run("allocate", "--posts", "20", "--compare", "dhondt");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("Weighted rank (circular) vs DHondt", output, StringComparison.Ordinal);
        Assert.Contains("DHondt: 20 post(s) placed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_CompareUnknownMethod_FailsListingTheMethods()
    {
        var (code, _, error) = Run("allocate", "--posts", "2", "--compare", "borda");
        CliAssert.Exit(JusticeCli.InputError, code, error);
        Assert.Contains("dhondt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_AllocationStep_Runs()
    {
        var (code, output, stderr) = Run("tour", "--only", "Allocation");
        CliAssert.Exit(0, code, stderr);
        Assert.Contains("First post explained: post 1 →", output, StringComparison.Ordinal);
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

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);
}
