using System.Text.Json;
using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Identity;

/// <summary><c>justice identity referential</c> as a user runs it: generate, import, find, remove, dedupe, stats, on one SQLite file.</summary>
[Collection(ReferentialPostgresVariable.Name)]
public sealed class ReferentialCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-referential-cli-").FullName;

    private string In(string name) => Path.Combine(folder, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Import_FileStopsDecodingHalfway_BatchesBeforeStored_TheRepairedFileCompletesIt()
    {
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "2000", "--seed", "8", "--output", In("syn")));
        var persons = In("syn/persons.csv");
        var good = File.ReadAllBytes(persons);
        var lines = File.ReadAllLines(persons);
        var db = In("halfway.db");

        // A byte that is not UTF-8 on line 3001, past the reader's first buffer: the rows before it make several batches.
        var bad = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(3000)) + "\n").Concat(new byte[] { 0xFF })
            .Concat(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines.Skip(3000)) + "\n")).ToArray();
        File.WriteAllBytes(persons, bad);
        var failed = CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", db, "--batch", "500", "--quiet");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("persons.csv: line 3001 is not valid UTF-8", failed.Error, StringComparison.Ordinal);
        Assert.Contains("the same import stores the rest", failed.Error, StringComparison.Ordinal);
        var stored = Records(db);
        Assert.True(stored is > 0 and < 3000, stored + " records stored");
        Assert.Equal(0, stored % 500);

        File.WriteAllBytes(persons, good);
        var repaired = JsonDocument.Parse(CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", db, "--batch", "500", "--json").Out).RootElement;
        Assert.Equal((lines.Length - 1 - stored, stored), (repaired.GetProperty("added").GetInt64(), repaired.GetProperty("unchanged").GetInt64()));

        static long Records(string db)
        {
            var stats = CliRunner.Run("identity", "referential", "stats", "--db", db, "--json");
            CliAssert.Exit(0, stats);
            return JsonDocument.Parse(stats.Out).RootElement.GetProperty("store").GetProperty("records").GetInt64();
        }
    }

    [Fact]
    public void Import_TheSameRecordsInAFileOfAnotherName_UnchangedUnderOneSource_ReplacedUnderTheFileName()
    {
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "200", "--seed", "12", "--output", In("syn")));
        var persons = In("syn/persons.csv");
        var renamed = In("syn/persons-2.csv");
        File.Copy(persons, renamed);
        var rows = File.ReadLines(persons).Count() - 1;
        var named = In("named.db");
        var unnamed = In("unnamed.db");

        // The source system is part of each stored record: named once, the renamed file brings the same records.
        Assert.Equal(rows, Import(persons, named, "--source", "cassiopee").GetProperty("added").GetInt32());
        var same = Import(renamed, named, "--source", "cassiopee");
        Assert.Equal((0, 0, rows), (same.GetProperty("added").GetInt32(), same.GetProperty("replaced").GetInt32(), same.GetProperty("unchanged").GetInt32()));

        // By default each file is its own source: the renamed file's records replace the first file's.
        Assert.Equal(rows, Import(persons, unnamed).GetProperty("added").GetInt32());
        Assert.Equal(rows, Import(renamed, unnamed).GetProperty("replaced").GetInt32());

        var blank = CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", named, "--source", " ");
        Assert.NotEqual(0, blank.ExitCode);
        Assert.Contains("--source must name a source system", blank.Error, StringComparison.Ordinal);

        static JsonElement Import(string input, string db, params string[] more)
        {
            var run = CliRunner.Run(["identity", "referential", "import", "--input", input, "--db", db, "--json", .. more]);
            CliAssert.Exit(0, run);
            return JsonDocument.Parse(run.Out).RootElement;
        }
    }

    [Fact]
    public void ImportFindRemoveDedupeStats_OneFile_AcrossRuns()
    {
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "300", "--seed", "5", "--output", In("syn")));
        var persons = In("syn/persons.csv");
        var rows = File.ReadLines(persons).Count() - 1;
        var db = In("referential.db");

        var import = CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", db, "--batch", "100", "--json");
        CliAssert.Exit(0, import);
        var summary = JsonDocument.Parse(import.Out).RootElement;
        Assert.Equal(rows, summary.GetProperty("added").GetInt32());

        // The same import again changes nothing: every record is stored exactly so.
        var again = JsonDocument.Parse(CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", db, "--json").Out).RootElement;
        Assert.Equal((0, rows), (again.GetProperty("added").GetInt32(), again.GetProperty("unchanged").GetInt32()));

        // A stored record's own traits find it first, with its explanation.
        var stored = Justice.Domain.Identity.Synthetic.IdentityCsv.Read(persons).Records[0];
        var query = JsonSerializer.Serialize(stored with { Id = "q" }, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.PersonRecord);
        var find = CliRunner.Run("identity", "referential", "find", "--db", db, "--query", query, "--top", "3", "--json");
        CliAssert.Exit(0, find);
        var best = JsonDocument.Parse(find.Out).RootElement[0].GetProperty("comparison");
        Assert.Equal(stored.Id, best.GetProperty("rightId").GetString());
        Assert.NotEmpty(best.GetProperty("fields").EnumerateArray());

        var stats = JsonDocument.Parse(CliRunner.Run("identity", "referential", "stats", "--db", db, "--json").Out).RootElement;
        Assert.Equal(rows, stats.GetProperty("store").GetProperty("records").GetInt64());
        Assert.Equal(1, stats.GetProperty("store").GetProperty("modelVersion").GetInt32());

        var remove = CliRunner.Run("identity", "referential", "remove", "--db", db, "--id", stored.Id, "--id", "not-stored");
        CliAssert.Exit(0, remove);
        Assert.Contains("1 of 2 ids removed", remove.Out, StringComparison.Ordinal);

        CliAssert.Exit(0, CliRunner.Run("identity", "referential", "dedupe", "--db", db, "--output", In("clusters.csv")));
        var clusters = File.ReadAllLines(In("clusters.csv"));
        Assert.Equal("id,cluster_id", clusters[0]);
        Assert.Equal(rows - 1, clusters.Length - 1);
        Assert.DoesNotContain(clusters, l => l.StartsWith(stored.Id + ",", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_ImportFindStats_ConnectionStringFromTheEnvironment()
    {
        // The PostgreSQL server of the tests (.ci/run and eng/postgres-test.sh start one); no server is a failure.
        var server = Environment.GetEnvironmentVariable("JUSTICE_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "JUSTICE_TEST_POSTGRES is not set: run bash .ci/run, or bash eng/postgres-test.sh dotnet test ..., which start PostgreSQL");
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "200", "--seed", "9", "--output", In("pg")));
        var schema = "cli_" + Guid.NewGuid().ToString("N")[..12];
        Environment.SetEnvironmentVariable("JUSTICE_REFERENTIAL_POSTGRES", server);
        try
        {
            var import = CliRunner.Run("identity", "referential", "import", "--postgres", "--schema", schema, "--input", In("pg/persons.csv"), "--json");
            CliAssert.Exit(0, import);
            var added = JsonDocument.Parse(import.Out).RootElement.GetProperty("added").GetInt32();
            var stored = Justice.Domain.Identity.Synthetic.IdentityCsv.Read(In("pg/persons.csv")).Records[3];
            var query = JsonSerializer.Serialize(stored with { Id = "q" }, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.PersonRecord);
            var find = CliRunner.Run("identity", "referential", "find", "--postgres", "--schema", schema, "--query", query, "--json");
            CliAssert.Exit(0, find);
            Assert.Equal(stored.Id, JsonDocument.Parse(find.Out).RootElement[0].GetProperty("comparison").GetProperty("rightId").GetString());
            var stats = JsonDocument.Parse(CliRunner.Run("identity", "referential", "stats", "--postgres", "--schema", schema, "--json").Out).RootElement;
            Assert.Equal(added, stats.GetProperty("store").GetProperty("records").GetInt64());
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUSTICE_REFERENTIAL_POSTGRES", null);
        }

        var missing = CliRunner.Run("identity", "referential", "stats", "--postgres");
        CliAssert.Exit(2, missing);
        Assert.Contains("JUSTICE_REFERENTIAL_POSTGRES", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOptions_UsageErrorsNamingTheOption()
    {
        var missingFolder = CliRunner.Run("identity", "referential", "stats", "--db", In("no/such/folder/r.db"));
        CliAssert.Exit(2, missingFolder);
        Assert.Contains("--db", missingFolder.Error, StringComparison.Ordinal);

        File.WriteAllText(In("not-a-db.db"), "plain text");
        var notDb = CliRunner.Run("identity", "referential", "stats", "--db", In("not-a-db.db"));
        CliAssert.Exit(2, notDb);
        Assert.Contains("is not a SQLite database", notDb.Error, StringComparison.Ordinal);

        var batch = CliRunner.Run("identity", "referential", "import", "--input", In("x.csv"), "--db", In("r.db"), "--batch", "0");
        CliAssert.Exit(2, batch);
        Assert.Contains("--batch", batch.Error, StringComparison.Ordinal);
    }
}
