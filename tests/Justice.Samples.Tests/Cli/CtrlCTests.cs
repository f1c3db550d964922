using System.Diagnostics;
using System.Text.Json;
using Justice.Samples.Cli;

namespace Justice.Samples.Tests.Cli;

/// <summary>
/// Ctrl+C on a real <c>justice</c> process (SIGINT): the run stops between batches, says "cancelled." and exits 130,
/// and what it committed stays whole.
/// </summary>
public sealed class CtrlCTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-ctrlc-").FullName;

    [Fact]
    public async Task ReferentialImport_Sigint_StopsBetweenBatchesSaysCancelledAndExits130()
    {
        var generated = CliRunner.Run("identity", "generate", "--people", "20000", "--seed", "11", "--output", folder);
        CliAssert.Exit(0, generated.ExitCode, generated.Error);
        var database = Path.Combine(folder, "referential.db");
        var justice = typeof(JusticeCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { justice, "identity", "referential", "import", "--input", Path.Combine(folder, "persons.csv"), "--db", database, "--batch", "500" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();

        // The reading stage ends with a "read:" line on stderr; the batches are imported after it.
        var error = new System.Text.StringBuilder();
        while (process.StandardError.ReadLine() is { } line)
        {
            error.AppendLine(line);
            if (line.StartsWith("read:", StringComparison.Ordinal))
            {
                break;
            }
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        error.Append(await process.StandardError.ReadToEndAsync());
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(JusticeCli.Cancelled == process.ExitCode, $"exit {process.ExitCode}; stderr: {error}");
        Assert.Contains("cancelled.", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("imported into", await stdout, StringComparison.Ordinal);

        var stats = CliRunner.Run("identity", "referential", "stats", "--db", database, "--json");
        CliAssert.Exit(0, stats.ExitCode, stats.Error);
        var records = JsonDocument.Parse(stats.Out).RootElement.GetProperty("store").GetProperty("records").GetInt64();
        var rows = File.ReadLines(Path.Combine(folder, "persons.csv")).Count() - 1;
        Assert.True(records < rows, $"{records} of {rows} records stored: the import was not stopped");
        Assert.Equal(0, records % 500);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
