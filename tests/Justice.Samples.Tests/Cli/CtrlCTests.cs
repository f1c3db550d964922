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

        // The file is read as it is imported: once the first batch is stored, the import is under way.
        var error = new System.Text.StringBuilder();
        var stderr = process.StandardError.ReadToEndAsync();
        var waiting = Stopwatch.StartNew();
        while (StoredRecords(database) == 0)
        {
            if (process.HasExited)
            {
                Assert.Fail("the import ended before a batch was seen stored: " + await stderr);
            }

            Assert.True(waiting.Elapsed < TimeSpan.FromMinutes(2), "no batch stored after two minutes");
            Thread.Sleep(20);
        }

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        error.Append(await stderr);
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

    /// <summary>The records stored so far, read from the file while the import writes it (0 before its schema exists).</summary>
    private static long StoredRecords(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + database + ";Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'persons'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            return 0;
        }

        command.CommandText = "SELECT count(*) FROM persons";
        return (long)command.ExecuteScalar()!;
    }
}
