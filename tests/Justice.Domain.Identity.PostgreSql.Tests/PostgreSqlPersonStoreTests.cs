using FsCheck.Xunit;
using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>The PostgreSQL store does what the in-memory reference store does, operation by operation.</summary>
public sealed class PostgreSqlPersonStoreTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly string[] Ids = ["a", "b", "c"];

    private static StoredPerson Person(string id, string document, ulong[] keys, params TermValue[] terms) => new(id, document, keys, terms);

    [Fact]
    public async Task Upsert_adds_replaces_with_a_new_position_and_leaves_the_same_document_unchanged()
    {
        await using var store = await database.NewStoreAsync();
        var first = await store.UpsertAsync(
        [
            Person("a", "{\"a\":1}", [1, 2], new TermValue(0, "DUPONT")),
            Person("b", "{\"b\":1}", [2], new TermValue(0, "DUPONT")),
            Person("c", "{\"c\":1}", [3]),
        ]);
        Assert.Equal(new StoreWriteCounts(3, 0, 0), first);

        var second = await store.UpsertAsync([Person("a", "{\"a\":1}", [1, 2]), Person("b", "{\"b\":2}", [4], new TermValue(0, "MARTIN")), Person("d", "{\"d\":1}", [4])]);
        Assert.Equal(new StoreWriteCounts(1, 1, 1), second);

        var all = await StoreComparison.AllAsync(store);
        Assert.Equal([new(1, "a", "{\"a\":1}"), new(3, "c", "{\"c\":1}"), new(4, "b", "{\"b\":2}"), new(5, "d", "{\"d\":1}")], all);
        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(2, 10), new BlockQuery(4, 10)], [new TermValue(0, "DUPONT"), new TermValue(0, "MARTIN"), new TermValue(1, "X")]));
        Assert.Equal([1L, 4, 5], fetch.Candidates.Select(c => c.Sequence));
        Assert.Equal([1L, 1, 0], fetch.TermCounts);
        Assert.Equal(2, fetch.FieldTotals[0]);
        Assert.Equal(0, fetch.FieldTotals[1]);
        Assert.Equal(4, fetch.Records);
    }

    [Fact]
    public async Task A_block_over_its_cap_is_skipped_and_one_at_its_cap_is_used()
    {
        await using var store = await database.NewStoreAsync();
        await store.UpsertAsync([.. Enumerable.Range(0, 5).Select(i => Person("p" + i, "{}", i < 3 ? [7UL, ulong.MaxValue] : [ulong.MaxValue]))]);

        var atCap = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(7, 3)], []));
        Assert.Equal([1L, 2, 3], atCap.Candidates.Select(c => c.Sequence));
        var overCap = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(ulong.MaxValue, 4)], []));
        Assert.Empty(overCap.Candidates);
        var both = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(ulong.MaxValue, 5), new BlockQuery(7, 2)], []));
        Assert.Equal([1L, 2, 3, 4, 5], both.Candidates.Select(c => c.Sequence));
        Assert.Empty(both.TermCounts);
        var sameKeyTwice = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(7, 2), new BlockQuery(7, 3), new BlockQuery(7, 2)], []));
        Assert.Equal([1L, 2, 3], sameKeyTwice.Candidates.Select(c => c.Sequence));
        Assert.Empty(both.FieldTotals);
    }

    [Fact]
    public async Task A_store_whose_positions_reach_the_integer_limit_refuses_the_write_and_keeps_what_it_held()
    {
        await using var store = await database.NewStoreAsync();
        await store.UpsertAsync([Person("a", "{}", [1])]);
        await database.ScalarAsync($"UPDATE \"{store.Schema}\".store_state SET next_sequence = {int.MaxValue}");
        await store.UpsertAsync([Person("b", "{}", [1])]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync([Person("c", "{}", [1])]));
        Assert.Contains("positions have reached 2147483647", error.Message, StringComparison.Ordinal);
        Assert.Contains("import the records into a new schema", error.Message, StringComparison.Ordinal);
        Assert.Contains(store.Schema, error.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "b"], (await StoreComparison.AllAsync(store)).Select(c => c.Id));
        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1, 10)], []));
        Assert.Equal([1L, int.MaxValue], fetch.Candidates.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Candidates_carry_their_prepared_form_and_an_unchanged_record_takes_the_form_given_again()
    {
        await using var store = await database.NewStoreAsync();
        await store.UpsertAsync([Person("a", "{}", [1]) with { PreparedForm = [1, 2, 3] }, Person("b", "{}", [1])]);

        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1, 10)], []));
        Assert.Equal([1, 2, 3], fetch.Candidates[0].PreparedForm);
        Assert.Null(fetch.Candidates[1].PreparedForm);

        var again = await store.UpsertAsync([Person("a", "{}", [1]) with { PreparedForm = [4] }, Person("b", "{}", [1]) with { PreparedForm = [5] }]);
        Assert.Equal(new StoreWriteCounts(0, 0, 2), again);
        Assert.Equal([[4], [5]], (await StoreComparison.AllAsync(store)).Select(c => c.PreparedForm));
        Assert.Equal([1L, 2], (await StoreComparison.AllAsync(store)).Select(c => c.Sequence));
    }

    [Fact]
    public async Task Remove_removes_the_records_keys_and_counts_and_ignores_unknown_ids()
    {
        await using var store = await database.NewStoreAsync();
        var memory = new InMemoryPersonStore();
        StoredPerson[] batch = [Person("a", "{}", [1], new TermValue(0, "X")), Person("b", "{}", [1, 2], new TermValue(0, "X")), Person("c", "{}", [2])];
        await store.UpsertAsync(batch);
        await memory.UpsertAsync(batch);

        Assert.Equal(2, await store.RemoveAsync(["a", "c", "zz", "a"]));
        Assert.Equal(2, await memory.RemoveAsync(["a", "c", "zz", "a"]));
        Assert.Equal(new StoreStatistics(1, 2, 2, PostgreSqlPersonStore.SchemaVersion, null), await store.StatisticsAsync());
        await StoreComparison.AssertSameAsync(new Random(1), memory, store);
        Assert.Equal(0, await store.RemoveAsync([]));
    }

    [Fact]
    public async Task The_model_is_read_as_saved_and_replaced_by_the_next()
    {
        await using var store = await database.NewStoreAsync();
        Assert.Null(await store.ReadModelAsync());
        await store.SaveModelAsync(1, "{\"version\":1}");
        await store.SaveModelAsync(2, "{\"version\":2,\"é\":\"ü\"}");
        Assert.Equal("{\"version\":2,\"é\":\"ü\"}", await store.ReadModelAsync());
        Assert.Equal(2, (await store.StatisticsAsync()).ModelVersion);
    }

    [Property(MaxTest = 12)]
    public async Task Random_operations_give_the_same_store_as_the_in_memory_one(int seed)
    {
        var random = new Random(seed);
        await using var store = await database.NewStoreAsync();
        store.CopyThreshold = 1 + random.Next(12);
        var memory = new InMemoryPersonStore();
        if (random.Next(2) == 0)
        {
            await memory.SaveModelAsync(3, "{\"m\":3}");
            await store.SaveModelAsync(3, "{\"m\":3}");
        }

        await StoreComparison.RunSameAsync(random, memory, store, operations: 12, maxBatch: 25);
    }

    [Fact]
    public async Task The_copy_path_and_the_row_path_store_the_same()
    {
        await using var copied = await database.NewStoreAsync();
        await using var rows = await database.NewStoreAsync();
        copied.CopyThreshold = 1;
        rows.CopyThreshold = int.MaxValue;
        var random = new Random(17);
        for (var b = 0; b < 6; b++)
        {
            var batch = StoreComparison.Batch(random, 60, idPool: 80);
            Assert.Equal(await rows.UpsertAsync(batch), await copied.UpsertAsync(batch));
        }

        await StoreComparison.AssertSameAsync(new Random(3), rows, copied);
    }

    [Fact]
    public async Task Batches_on_both_sides_of_the_default_copy_threshold_match_the_in_memory_store()
    {
        await using var store = await database.NewStoreAsync();
        var memory = new InMemoryPersonStore();
        var random = new Random(5);
        foreach (var size in new[] { PostgreSqlPersonStore.DefaultCopyThreshold - 1, PostgreSqlPersonStore.DefaultCopyThreshold, 400, 3, 250 })
        {
            var batch = StoreComparison.Batch(random, size, idPool: 600);
            Assert.Equal(await memory.UpsertAsync(batch), await store.UpsertAsync(batch));
        }

        await StoreComparison.AssertSameAsync(random, memory, store);
    }

    [Fact]
    public async Task A_store_is_reopened_with_what_it_holds()
    {
        var schema = database.NewSchema();
        await using (var store = await PostgreSqlPersonStore.OpenAsync(database.Source, schema))
        {
            await store.UpsertAsync([Person("a", "{}", [1])]);
        }

        await using var again = await PostgreSqlPersonStore.OpenAsync(PostgresDatabase.ConnectionString, schema);
        Assert.Equal(1, (await again.StatisticsAsync()).Records);
        Assert.Equal(schema, again.Schema);
    }

    [Theory]
    [InlineData(7, "schema version 7, newer than version 2 that this package knows", "open it with a newer Justice.Domain.Identity.PostgreSql")]
    [InlineData(1, "schema version 1, older than version 2 that this package knows", "import the records into a new schema")]
    public async Task A_schema_of_another_version_is_a_clear_error_naming_both_versions_and_what_to_do(int version, string versions, string whatToDo)
    {
        var schema = database.NewSchema();
        await using (await PostgreSqlPersonStore.OpenAsync(database.Source, schema))
        {
        }

        await database.ScalarAsync($"UPDATE \"{schema}\".schema_version SET version = {version}");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlPersonStore.OpenAsync(database.Source, schema));
        Assert.Contains(versions, error.Message, StringComparison.Ordinal);
        Assert.Contains(whatToDo, error.Message, StringComparison.Ordinal);
        Assert.Contains(schema, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Public")]
    [InlineData("a;drop table x")]
    [InlineData("1abc")]
    [InlineData("with\"quote")]
    [InlineData("")]
    public async Task A_schema_name_that_is_not_a_plain_identifier_is_refused(string schema)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => PostgreSqlPersonStore.OpenAsync(database.Source, schema));
        Assert.Contains("plain PostgreSQL identifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_database_is_a_clear_error_naming_the_store_and_what_to_check()
    {
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(PostgresDatabase.ConnectionString) { Database = "justice_no_such_database" }.ConnectionString;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgreSqlPersonStore.OpenAsync(connection));
        Assert.Contains("PostgreSQL person store", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check the connection string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_shared_checks_before_any_write()
    {
        await using var store = await database.NewStoreAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Person("a", "{}", []), Person("a", "{}", [])]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.RemoveAsync([" "]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1, 1)], [])));
        Assert.Equal(0, (await store.StatisticsAsync()).Records);
        Assert.Equal(3, Ids.Length);
    }
}
