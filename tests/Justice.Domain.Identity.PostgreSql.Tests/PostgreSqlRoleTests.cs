using Justice.Domain.Identity.Referential;
using Npgsql;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>The least-privilege roles of docs/identity/referential-postgresql.md: a writer that writes, a reader that only reads.</summary>
public sealed class PostgreSqlRoleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly string suffix = Guid.NewGuid().ToString("N")[..12];
    private readonly string password = Guid.NewGuid().ToString("N");

    private string Writer => "test_writer_" + suffix;

    private string Reader => "test_reader_" + suffix;

    private string Owner => "test_owner_" + suffix;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var role in new[] { Writer, Reader, Owner })
        {
            await database.ScalarAsync($"DROP OWNED BY \"{role}\"");
            await database.ScalarAsync($"DROP ROLE IF EXISTS \"{role}\"");
        }
    }

    private string ConnectionAs(string role) =>
        new NpgsqlConnectionStringBuilder(PostgresDatabase.ConnectionString) { Username = role, Password = password }.ConnectionString;

    [Fact]
    public async Task The_writer_role_writes_and_the_reader_role_reads_but_may_not_write()
    {
        var schema = database.NewSchema();
        await database.ScalarAsync($"CREATE ROLE \"{Owner}\" LOGIN PASSWORD '{password}'");
        await database.ScalarAsync($"CREATE SCHEMA \"{schema}\" AUTHORIZATION \"{Owner}\"");
        await using (var owner = await PostgreSqlPersonStore.OpenAsync(ConnectionAs(Owner), schema))
        {
            await owner.UpsertAsync([new StoredPerson("a", "{}", [1], [new TermValue(0, "X")])]);
        }

        var databaseName = new NpgsqlConnectionStringBuilder(PostgresDatabase.ConnectionString).Database;
        // The grants of the documentation, for this test's schema and roles; the password is a parameter-free literal
        // because CREATE ROLE takes no parameters (it is a random test value).
        foreach (var statement in new[]
        {
            $"CREATE ROLE \"{Writer}\" LOGIN PASSWORD '{password}'",
            $"GRANT CONNECT, TEMPORARY ON DATABASE \"{databaseName}\" TO \"{Writer}\"",
            $"GRANT USAGE ON SCHEMA \"{schema}\" TO \"{Writer}\"",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \"{schema}\" TO \"{Writer}\"",
            $"CREATE ROLE \"{Reader}\" LOGIN PASSWORD '{password}'",
            $"GRANT CONNECT ON DATABASE \"{databaseName}\" TO \"{Reader}\"",
            $"GRANT USAGE ON SCHEMA \"{schema}\" TO \"{Reader}\"",
            $"GRANT SELECT ON ALL TABLES IN SCHEMA \"{schema}\" TO \"{Reader}\"",
        })
        {
            await database.ScalarAsync(statement);
        }

        await using (var writer = await PostgreSqlPersonStore.OpenAsync(ConnectionAs(Writer), schema))
        {
            var batch = Enumerable.Range(0, 150).Select(i => new StoredPerson("w" + i, "{}", [1, (ulong)i], [new TermValue(0, "Y")])).ToArray();
            Assert.Equal(new StoreWriteCounts(150, 0, 0), await writer.UpsertAsync(batch));
            Assert.Equal(new StoreWriteCounts(1, 0, 0), await writer.UpsertAsync([new StoredPerson("b", "{}", [1], [])]));
            Assert.Equal(1, await writer.RemoveAsync(["a"]));
            await writer.SaveModelAsync(1, "{}");
        }

        await using var reader = await PostgreSqlPersonStore.OpenAsync(ConnectionAs(Reader), schema);
        var fetch = await reader.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(3, 10)], [new TermValue(0, "Y")]));
        Assert.Equal(["w3"], fetch.Candidates.Select(c => c.Id));
        Assert.Equal([150L], fetch.TermCounts);
        Assert.Equal(151, (await reader.StatisticsAsync()).Records);
        Assert.Equal("{}", await reader.ReadModelAsync());
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => reader.UpsertAsync([new StoredPerson("c", "{}", [], [])]));
        Assert.Contains("writer role", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.RemoveAsync(["b"]));
        Assert.Equal(151, (await reader.StatisticsAsync()).Records);
    }
}
