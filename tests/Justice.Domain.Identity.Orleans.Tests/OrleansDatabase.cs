using Npgsql;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// A throwaway schema of the PostgreSQL server of <c>JUSTICE_TEST_POSTGRES</c> holding the Orleans ADO.NET tables
/// and functions (<c>eng/orleans</c>: main, then persistence), dropped at the end. No server is a failure, never a
/// skip: <c>bash .ci/run</c> starts one, and <c>bash eng/postgres-test.sh dotnet test
/// tests/Justice.Domain.Identity.Orleans.Tests</c> does locally.
/// </summary>
public sealed class OrleansDatabase : IAsyncDisposable
{
    /// <summary>The environment variable holding the connection string.</summary>
    public const string Variable = "JUSTICE_TEST_POSTGRES";

    private static readonly string[] Scripts = ["PostgreSQL-Main.sql", "PostgreSQL-Persistence.sql"];

    private readonly string server;

    private OrleansDatabase(string server, string schema)
    {
        this.server = server;
        Schema = schema;
        // A small pool: the test server accepts 50 connections, shared with the other test assemblies run beside these.
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, MaxPoolSize = 8 }.ConnectionString;
    }

    /// <summary>The schema.</summary>
    public string Schema { get; }

    /// <summary>A connection string whose search path is the schema: the grain storage's.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a schema and runs the Orleans scripts in it.</summary>
    public static async Task<OrleansDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: set it to a PostgreSQL connection string, or run bash .ci/run (which starts PostgreSQL); "
                + "locally, bash eng/postgres-test.sh dotnet test tests/Justice.Domain.Identity.Orleans.Tests starts a throwaway server for the tests");
        var database = new OrleansDatabase(server, "orleans_" + Guid.NewGuid().ToString("N"));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA \"{database.Schema}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        foreach (var script in Scripts)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "orleans", script));
            await using var run = new NpgsqlCommand(text, connection);
            await run.ExecuteNonQueryAsync();
        }

        return database;
    }

    /// <summary>The size in bytes of the stored state of each grain whose type name holds <paramref name="grainType"/>, largest first.</summary>
    public async Task<IReadOnlyList<long>> StateBytesAsync(string grainType)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT octet_length(payloadbinary) FROM orleansstorage WHERE graintypestring LIKE @type ORDER BY 1 DESC", connection);
        command.Parameters.AddWithValue("type", "%" + grainType + "%");
        var sizes = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sizes.Add(reader.GetInt32(0));
        }

        return sizes;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
