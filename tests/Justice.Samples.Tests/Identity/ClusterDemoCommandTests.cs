using Justice.Samples.Tests.Cli;

namespace Justice.Samples.Tests.Identity;

/// <summary><c>justice identity cluster-demo</c>: the referential on silos in the CLI's process gives the clusters of the single-process referential.</summary>
[Collection(ReferentialPostgresVariable.Name)]
public sealed class ClusterDemoCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-cluster-demo-").FullName;

    private string In(string name) => Path.Combine(folder, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(false, "co-hosted")]
    [InlineData(true, "co-hosted")]
    [InlineData(false, "external")]
    public void TwoSilos_ClustersOfTheSqliteReferential(bool rebalance, string client)
    {
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "250", "--seed", "11", "--output", In("syn")));
        var persons = In("syn/persons.csv");
        var rows = File.ReadLines(persons).Count() - 1;

        string[] arguments = ["identity", "cluster-demo", "--silos", "2", "--partitions", "4", "--input", persons, "--output", In("orleans.csv"), "--client", client, "--quiet"];
        var demo = CliRunner.Run(rebalance ? [.. arguments, "--rebalance"] : arguments);
        CliAssert.Exit(0, demo);
        Assert.Contains("records imported into 4 partitions on 2 silo(s)", demo.Out, StringComparison.Ordinal);
        Assert.Contains("Skew: the largest partition", demo.Out, StringComparison.Ordinal);
        Assert.Contains("0 record copies prepared again from their documents", demo.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", demo.Out, StringComparison.Ordinal);
        if (rebalance)
        {
            // Spread over the two silos: each silo's total row says 2 partitions.
            Assert.Contains("planned move(s) made, each silo to hold 2 partition(s)", demo.Out, StringComparison.Ordinal);
            Assert.Equal(2, demo.Out.Split('\n').Count(line => line.Contains('│') && line.Contains("2 partition(s)", StringComparison.Ordinal)));
        }

        CliAssert.Exit(0, CliRunner.Run("identity", "referential", "import", "--input", persons, "--db", In("referential.db"), "--quiet"));
        CliAssert.Exit(0, CliRunner.Run("identity", "referential", "dedupe", "--db", In("referential.db"), "--output", In("sqlite.csv")));

        var orleans = File.ReadAllLines(In("orleans.csv"));
        var sqlite = File.ReadAllLines(In("sqlite.csv"));
        Assert.Equal("id,cluster_id", orleans[0]);
        Assert.Equal(rows, orleans.Length - 1);
        Assert.Equal(sqlite[0], orleans[0]);
        Assert.Equal(sqlite.Skip(1).Order(StringComparer.Ordinal), orleans.Skip(1).Order(StringComparer.Ordinal));

        // The file holds duplicates, and the clusters join some of them: the comparison is not between two lists of singletons.
        Assert.Contains(orleans.Skip(1), row => row.Split(',') is [var id, var cluster] && id != cluster);
    }

    [Fact]
    public async Task Postgres_GrainStateAndMembershipInPostgreSql_SameClustersAsInMemory_AgainFromEmpty()
    {
        // The PostgreSQL server of the tests (.ci/run and eng/postgres-test.sh start one); no server is a failure.
        var server = Environment.GetEnvironmentVariable("JUSTICE_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "JUSTICE_TEST_POSTGRES is not set: run bash .ci/run, or bash eng/postgres-test.sh dotnet test ..., which start PostgreSQL");
        CliAssert.Exit(0, CliRunner.Run("identity", "generate", "--people", "150", "--seed", "13", "--output", In("syn")));
        var persons = In("syn/persons.csv");
        CliAssert.Exit(0, CliRunner.Run("identity", "cluster-demo", "--silos", "2", "--partitions", "4", "--input", persons, "--output", In("memory.csv"), "--quiet"));

        // A schema of its own: the command creates Orleans' tables in the first schema of the search path.
        var schema = "cli_orleans_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new Npgsql.NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        Environment.SetEnvironmentVariable("JUSTICE_REFERENTIAL_POSTGRES", new Npgsql.NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString);
        try
        {
            // Twice: the second run starts from an empty referential too, on the tables the first one created.
            foreach (var output in new[] { "postgres.csv", "again.csv" })
            {
                var demo = CliRunner.Run("identity", "cluster-demo", "--silos", "2", "--partitions", "4", "--input", persons, "--output", In(output), "--postgres", "--quiet");
                CliAssert.Exit(0, demo);
                Assert.Contains("Stored state (partition): 4 grain(s)", demo.Out, StringComparison.Ordinal);
                Assert.Contains("Stored state (catalog): 1 grain(s)", demo.Out, StringComparison.Ordinal);
                Assert.Equal(File.ReadAllLines(In("memory.csv")), File.ReadAllLines(In(output)));
            }

            // The silos found each other through the membership table in the database (ADO.NET clustering): it holds
            // the two silos of the last run, those of the first one deleted when the second started.
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var members = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM \"{schema}\".orleansmembershiptable", connection);
            Assert.Equal(2L, await members.ExecuteScalarAsync());
        }
        finally
        {
            Environment.SetEnvironmentVariable("JUSTICE_REFERENTIAL_POSTGRES", null);
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var missing = CliRunner.Run("identity", "cluster-demo", "--input", persons, "--output", In("none.csv"), "--postgres");
        CliAssert.Exit(2, missing);
        Assert.Contains("JUSTICE_REFERENTIAL_POSTGRES", missing.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("starting", missing.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--silos", "0", "--silos must be 1 or more")]
    [InlineData("--partitions", "0", "--partitions must be 1 or more")]
    [InlineData("--batch", "0", "--batch must be 1 or more")]
    [InlineData("--client", "gateway", "--client must be one of co-hosted, external (was \"gateway\")")]
    public void OptionOutOfRange_UsageErrorBeforeAnySiloStarts(string option, string value, string message)
    {
        File.WriteAllText(In("persons.csv"), "id,birth_surname,first_names,birth_date\n1,MARTIN,Jean,1970-03-14\n");
        var run = CliRunner.Run("identity", "cluster-demo", option, value, "--input", In("persons.csv"), "--output", In("clusters.csv"));
        CliAssert.Exit(2, run);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("starting", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(In("clusters.csv")));
    }

    [Fact]
    public void MissingInput_UsageErrorNamingTheFile()
    {
        var run = CliRunner.Run("identity", "cluster-demo", "--input", In("absent.csv"), "--output", In("clusters.csv"));
        CliAssert.Exit(2, run);
        Assert.Contains("persons file not found: " + In("absent.csv"), run.Error, StringComparison.Ordinal);
    }
}
