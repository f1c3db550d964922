using Npgsql;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>
/// The test database of a test class: the server of <c>JUSTICE_TEST_POSTGRES</c>, a throwaway schema per store, every
/// schema dropped when the class is done. No server is a failure, never a skip.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    /// <summary>The environment variable holding the connection string.</summary>
    public const string Variable = "JUSTICE_TEST_POSTGRES";

    private readonly List<string> schemas = [];
    private NpgsqlDataSource? source;

    public NpgsqlDataSource Source => source ?? throw new InvalidOperationException("the test database is not initialised");

    /// <summary>The connection string, or a failure that says how to get a server.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: set {Variable} to a PostgreSQL connection string (for example \"Host=127.0.0.1;Port=5432;Username=postgres;Database=justice_test\") "
                + "or run bash .ci/run, which starts PostgreSQL; locally, bash eng/postgres-test.sh dotnet test tests/Justice.Domain.Identity.PostgreSql.Tests starts a throwaway server for the tests");

    public async Task InitializeAsync()
    {
        source = NpgsqlDataSource.Create(ConnectionString);
        await using var connection = await source.OpenConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        if (source is null)
        {
            return;
        }

        await using (var connection = await source.OpenConnectionAsync())
        {
            foreach (var schema in schemas)
            {
                await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        await source.DisposeAsync();
    }

    /// <summary>A new schema name, dropped with the class.</summary>
    public string NewSchema()
    {
        var schema = "test_" + Guid.NewGuid().ToString("N");
        lock (schemas)
        {
            schemas.Add(schema);
        }

        return schema;
    }

    /// <summary>A store in a new schema.</summary>
    public Task<PostgreSqlPersonStore> NewStoreAsync() => PostgreSqlPersonStore.OpenAsync(Source, NewSchema());

    /// <summary>Runs one statement on its own connection.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Source.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }
}
