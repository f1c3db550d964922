using System.Collections;
using Justice.Domain.Identity.Referential;
using Npgsql;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>
/// A write that fails, is cancelled or loses its connection half-way leaves none of its batch and nothing committed
/// lost; running the same import again ends as an uninterrupted import; readers see a batch whole or not at all.
/// </summary>
public sealed class PostgreSqlStoreFaultTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>Three batches of an import, the second one over the COPY threshold.</summary>
    private static StoredPerson[][] Import()
    {
        var random = new Random(11);
        return [StoreComparison.Batch(random, 50, idPool: 400), StoreComparison.Batch(random, 300, idPool: 400), StoreComparison.Batch(random, 80, idPool: 400)];
    }

    /// <summary>The store after the uninterrupted import.</summary>
    private static async Task<InMemoryPersonStore> UninterruptedAsync(StoredPerson[][] import)
    {
        var memory = new InMemoryPersonStore();
        foreach (var batch in import)
        {
            await memory.UpsertAsync(batch);
        }

        return memory;
    }

    /// <summary>Imports all batches, the second failing at <paramref name="stage"/> with <paramref name="fault"/>; checks the store holds only the first; re-runs the whole import; checks it equals an uninterrupted one.</summary>
    private async Task FailSecondBatchThenRerunAsync(Func<PostgreSqlPersonStore, string, int, Task> fault, string stage, Func<Exception, bool> expected, int copyThreshold = PostgreSqlPersonStore.DefaultCopyThreshold, string? repair = null)
    {
        var import = Import();
        await using var store = await database.NewStoreAsync();
        store.CopyThreshold = copyThreshold;
        await store.UpsertAsync(import[0]);
        var afterFirst = await StoreComparison.AllAsync(store);

        store.OnWriteStage = (name, pid) => name == stage ? fault(store, name, pid) : Task.CompletedTask;
        var error = await Record.ExceptionAsync(() => store.UpsertAsync(import[1]));
        Assert.NotNull(error);
        Assert.True(expected(error), error.ToString());
        store.OnWriteStage = null;
        if (repair is not null)
        {
            await database.ScalarAsync(repair.Replace("{schema}", store.Schema, StringComparison.Ordinal));
        }

        Assert.Equal(afterFirst, await StoreComparison.AllAsync(store));
        var onlyFirst = new InMemoryPersonStore();
        await onlyFirst.UpsertAsync(import[0]);
        await StoreComparison.AssertSameAsync(new Random(2), onlyFirst, store);

        foreach (var batch in import)
        {
            await store.UpsertAsync(batch);
        }

        await StoreComparison.AssertSameAsync(new Random(3), await UninterruptedAsync(import), store);
    }

    [Theory]
    [InlineData("staged", PostgreSqlPersonStore.DefaultCopyThreshold)]
    [InlineData("applied", PostgreSqlPersonStore.DefaultCopyThreshold)]
    [InlineData("staged", int.MaxValue)]
    [InlineData("applied", int.MaxValue)]
    public Task A_batch_failing_half_way_leaves_nothing_of_it_and_a_rerun_ends_as_an_uninterrupted_import(string stage, int copyThreshold) =>
        FailSecondBatchThenRerunAsync((_, _, _) => throw new IOException("disk full (injected)"), stage, e => e is IOException, copyThreshold);

    [Fact]
    public Task A_batch_whose_statement_fails_in_the_database_leaves_nothing_of_it() =>
        FailSecondBatchThenRerunAsync(
            async (store, _, _) =>
            {
                // Another session adds a constraint that every name count the batch writes breaks (the writer has
                // not read term_counts yet, so nothing holds its lock): the statement writing the counts, after those
                // writing the buckets and the records, fails in the database.
                await database.ScalarAsync($"ALTER TABLE \"{store.Schema}\".term_counts ADD CONSTRAINT no_new_counts CHECK (false) NOT VALID");
            },
            "staged",
            e => e is PostgresException { SqlState: PostgresErrorCodes.CheckViolation } || e.InnerException is PostgresException,
            copyThreshold: int.MaxValue,
            repair: "ALTER TABLE \"{schema}\".term_counts DROP CONSTRAINT no_new_counts");

    [Fact]
    public async Task A_connection_killed_before_the_commit_loses_nothing_committed_and_keeps_no_half_batch()
    {
        await FailSecondBatchThenRerunAsync(
            async (_, _, pid) => await database.ScalarAsync("SELECT pg_terminate_backend(@pid)", ("pid", pid)),
            "applied",
            e => e is NpgsqlException or PostgresException or ObjectDisposedException or InvalidOperationException);
    }

    [Fact]
    public async Task A_cancellation_during_the_copy_leaves_nothing_of_the_batch()
    {
        var import = Import();
        await using var store = await database.NewStoreAsync();
        await store.UpsertAsync(import[0]);
        var afterFirst = await StoreComparison.AllAsync(store);

        using var cancel = new CancellationTokenSource();
        // The list cancels the token when the COPY (its second pass: the first is the argument check) reads record 200.
        var batch = new CancellingList(import[1], cancel, pass: 2, at: 200);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync(batch, cancel.Token));

        Assert.Equal(afterFirst, await StoreComparison.AllAsync(store));
        foreach (var again in import)
        {
            await store.UpsertAsync(again);
        }

        await StoreComparison.AssertSameAsync(new Random(4), await UninterruptedAsync(import), store);
    }

    [Fact]
    public async Task A_reader_during_a_write_sees_the_store_before_the_batch_then_after_it()
    {
        var import = Import();
        await using var store = await database.NewStoreAsync();
        await store.UpsertAsync(import[0]);
        var before = new InMemoryPersonStore();
        await before.UpsertAsync(import[0]);
        var after = await UninterruptedAsync(import[..2]);

        var requests = Enumerable.Range(0, 20).Select(seed => StoreComparison.Request(new Random(seed))).ToArray();
        store.OnWriteStage = async (stage, _) =>
        {
            if (stage == "applied")
            {
                // The batch is applied but not committed: readers on other connections see the store before it.
                foreach (var request in requests)
                {
                    StoreComparison.AssertSame(await before.FetchCandidatesAsync(request), await store.FetchCandidatesAsync(request));
                }

                Assert.Equal(await StoreComparison.AllAsync(before), await StoreComparison.AllAsync(store));
            }
        };
        await store.UpsertAsync(import[1]);
        store.OnWriteStage = null;

        foreach (var request in requests)
        {
            StoreComparison.AssertSame(await after.FetchCandidatesAsync(request), await store.FetchCandidatesAsync(request));
        }
    }

    [Fact]
    public async Task Writers_take_turns_and_readers_on_several_threads_never_see_half_a_batch()
    {
        await using var store = await database.NewStoreAsync();
        // Every batch writes records "w0".."w199" with key 5 and term (0, BATCH-n): a reader sees all 200 of one batch.
        static StoredPerson[] Batch(int n) => [.. Enumerable.Range(0, 200).Select(i => new StoredPerson("w" + i, "{\"n\":" + n + "}", [5UL], [new TermValue(0, "BATCH-" + n)]))];
        await store.UpsertAsync(Batch(0));
        using var done = new CancellationTokenSource();
        var request = new CandidateRequest([new BlockQuery(5, 1000)], [.. Enumerable.Range(0, 8).Select(n => new TermValue(0, "BATCH-" + n))]);

        async Task<int> ReadAsync()
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var fetch = await store.FetchCandidatesAsync(request);
                Assert.Equal(200, fetch.Candidates.Count);
                Assert.Single(fetch.Candidates.Select(c => c.Document).Distinct());
                Assert.Equal(200, fetch.TermCounts.Sum());
                Assert.Single(fetch.TermCounts, c => c == 200);
                reads++;
            }

            return reads;
        }

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(ReadAsync)).ToArray();
        var writers = Enumerable.Range(1, 7).Select(n => Task.Run(() => store.UpsertAsync(Batch(n)))).ToArray();
        var counts = await Task.WhenAll(writers);
        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.All(counts, c => Assert.Equal(new StoreWriteCounts(0, 200, 0), c));
        Assert.Equal(200, (await store.StatisticsAsync()).Records);
        Assert.Equal(200 * 8, (await StoreComparison.AllAsync(store)).Max(c => c.Sequence));
    }

    /// <summary>A batch that cancels a token when, on its <c>pass</c>-th pass, item <c>at</c> is read.</summary>
    private sealed class CancellingList(IReadOnlyList<StoredPerson> items, CancellationTokenSource cancel, int pass, int at) : IReadOnlyList<StoredPerson>
    {
        private int passes;

        public int Count => items.Count;

        public StoredPerson this[int index]
        {
            get
            {
                if (index == 0)
                {
                    passes++;
                }

                if (passes == pass && index == at)
                {
                    cancel.Cancel();
                }

                return items[index];
            }
        }

        public IEnumerator<StoredPerson> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
