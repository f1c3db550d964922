using System.Text.Json;
using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Identity.Referential.Tests.Contract;

/// <summary>
/// The contract every <see cref="IPersonStore"/> meets, run against each of them (in memory, SQLite, PostgreSQL): a
/// store behaves as <see cref="InMemoryPersonStore"/>, and a <see cref="PersonReferential"/> on it finds the same
/// ranked candidates and the same clusters as an <see cref="IdentityIndex"/> built from the same records.
/// </summary>
public abstract class PersonStoreContract : IDisposable
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;
    private readonly List<IPersonStore> created = [];

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IPersonStore> NewStoreAsync();

    /// <summary>Releases what a store holds (a file, a schema).</summary>
    protected virtual void Release(IPersonStore store)
    {
        (store as IDisposable)?.Dispose();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var store in created)
        {
            Release(store);
        }

        Cleanup();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the test class holds once its stores are released (a folder, a connection).</summary>
    protected virtual void Cleanup()
    {
    }

    [Property(MaxTest = 40)]
    public Property AnyHistory_FindAndDeduplicate_SameAsAnIndexOfTheStoredRecords()
    {
        var histories = ContractPeople.Operations
            .Zip(Gen.Choose(2, 6))
            .Zip(Gen.Choose(0, 100_000).ArrayOf(3))
            .Zip(Gen.Choose(1, 4))
            .ToArbitrary();
        return Prop.ForAll(histories, t =>
        {
            var (((operations, cap), queries), top) = t;
            var store = Store();
            var referential = PersonReferential.OpenAsync(store, Profile, cap).GetAwaiter().GetResult();
            var expected = new List<PersonRecord>();
            foreach (var operation in operations)
            {
                if (operation.Upsert is { } batch)
                {
                    referential.ImportAsync(batch).GetAwaiter().GetResult();
                    Apply(expected, batch);
                }
                else
                {
                    referential.RemoveAsync(operation.Remove!).GetAwaiter().GetResult();
                    expected.RemoveAll(r => operation.Remove!.Contains(r.Id));
                }
            }

            var prepared = expected.Select(Profile.Prepare).ToArray();
            var index = IdentityIndex.Build(referential.Matcher, prepared, cap);
            var stored = referential.ReadAllAsync().GetAwaiter().GetResult();
            var probes = queries.Select((v, i) => ContractPeople.Person(100 + i, v)).Concat(expected).ToArray();
            var sameFinds = probes.All(q =>
                Json(referential.FindAsync(q, top).GetAwaiter().GetResult()) == Json(index.Find(Profile.Prepare(q), top)));
            var deduplication = referential.DeduplicateAsync().GetAwaiter().GetResult();
            var bulk = BulkLinkage.Deduplicate(referential.Matcher, prepared, BulkLinkage.Block(Profile.Profile, prepared, cap), new BulkOptions(MaxBlockSize: cap));
            var sameClusters = deduplication.Ids.SequenceEqual(expected.Select(r => r.Id)) && Json(deduplication.Result) == Json(bulk);
            return (stored.Select(Json).SequenceEqual(expected.Select(Json)) && sameFinds && sameClusters)
                .Label(string.Join("; ", operations.Select(o => o.ToString())));
        });
    }

    [Fact]
    public async Task Upsert_SameBatchTwice_SecondChangesNothing()
    {
        var store = Store();
        var batch = new[] { Stored("a", "doc-a", [1, 2]), Stored("b", "doc-b", [2, 3]) };
        Assert.Equal(new StoreWriteCounts(2, 0, 0), await store.UpsertAsync(batch));
        var before = await All(store);
        Assert.Equal(new StoreWriteCounts(0, 0, 2), await store.UpsertAsync(batch));
        Assert.Equal(before, await All(store));
    }

    [Fact]
    public async Task Upsert_ChangedRecord_ReplacedAndMovedToTheEnd()
    {
        var store = Store();
        await store.UpsertAsync([Stored("a", "doc-a", [1]), Stored("b", "doc-b", [1])]);
        Assert.Equal(new StoreWriteCounts(1, 1, 0), await store.UpsertAsync([Stored("a", "doc-a2", [2]), Stored("c", "doc-c", [2])]));
        var all = await All(store);
        Assert.Equal(["b", "a", "c"], all.Select(c => c.Id));
        Assert.True(all[0].Sequence < all[1].Sequence && all[1].Sequence < all[2].Sequence);
        Assert.Equal("doc-a2", all[1].Document);

        // The replaced record's old key is gone, its new key holds it.
        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1, 10)], []));
        Assert.Equal(["b"], fetch.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task Remove_KnownAndUnknownIds_RemovesTheKnownOnes()
    {
        var store = Store();
        await store.UpsertAsync([Stored("a", "doc-a", [1]), Stored("b", "doc-b", [1]), Stored("c", "doc-c", [1])]);
        Assert.Equal(2, await store.RemoveAsync(["a", "zz", "c", "a"]));
        Assert.Equal(["b"], (await All(store)).Select(c => c.Id));
        Assert.Equal(0, await store.RemoveAsync(["a"]));
    }

    [Fact]
    public async Task Fetch_BlockOverItsCap_Skipped_OthersUsed_CandidatesOnceByPosition()
    {
        var store = Store();
        await store.UpsertAsync([Stored("a", "doc-a", [7, 9]), Stored("b", "doc-b", [7]), Stored("c", "doc-c", [7, 9]), Stored("d", "doc-d", [8])]);

        // Key 7 is held by three records: a cap of 2 skips it, a cap of 3 uses it.
        var capped = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(7, 2), new BlockQuery(9, 2)], []));
        Assert.Equal(["a", "c"], capped.Candidates.Select(c => c.Id));
        var open = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(9, 2), new BlockQuery(7, 3), new BlockQuery(99, 2)], []));
        Assert.Equal(["a", "b", "c"], open.Candidates.Select(c => c.Id));
        Assert.Equal(open.Candidates.Select(c => c.Sequence).Order(), open.Candidates.Select(c => c.Sequence));
        Assert.Equal(4, open.Records);
    }

    [Fact]
    public async Task Fetch_LargestKeys_UnsignedKeysRoundTrip()
    {
        var store = Store();
        await store.UpsertAsync([Stored("a", "doc-a", [ulong.MaxValue, 1UL << 63]), Stored("b", "doc-b", [ulong.MaxValue])]);
        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(ulong.MaxValue, 5)], []));
        Assert.Equal(["a", "b"], fetch.Candidates.Select(c => c.Id));
        Assert.Equal(["a"], (await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1UL << 63, 5)], []))).Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task TermCounts_FollowAddsReplacesAndRemoves()
    {
        var store = Store();
        TermValue martin = new(0, "MARTIN"), durand = new(0, "DURAND"), jean = new(2, "JEAN");
        await store.UpsertAsync([Stored("a", "1", [1], martin, jean), Stored("b", "2", [1], martin), Stored("c", "3", [1], durand, jean)]);
        var request = new CandidateRequest([], [martin, durand, jean, new TermValue(0, "ABSENT")]);
        var fetch = await store.FetchCandidatesAsync(request);
        Assert.Equal([2L, 1, 2, 0], fetch.TermCounts);
        Assert.Equal(3, fetch.FieldTotals[0]);
        Assert.Equal(2, fetch.FieldTotals[2]);
        Assert.Equal(3, fetch.Records);

        await store.UpsertAsync([Stored("b", "2b", [1], durand)]);
        await store.RemoveAsync(["a"]);
        fetch = await store.FetchCandidatesAsync(request);
        Assert.Equal([0L, 2, 1, 0], fetch.TermCounts);
        Assert.Equal(2, fetch.FieldTotals[0]);
        Assert.Equal(1, fetch.FieldTotals[2]);
        Assert.Equal(2, fetch.Records);
    }

    [Fact]
    public async Task Model_SavedThenRead_AndCountedInStatistics()
    {
        var store = Store();
        Assert.Null(await store.ReadModelAsync());
        Assert.Null((await store.StatisticsAsync()).ModelVersion);
        await store.SaveModelAsync(1, "{\"first\":1}");
        await store.SaveModelAsync(1, "{\"second\":2}");
        Assert.Equal("{\"second\":2}", await store.ReadModelAsync());
        Assert.Equal(1, (await store.StatisticsAsync()).ModelVersion);
    }

    [Fact]
    public async Task Settings_SavedReplacedAndRead()
    {
        var store = Store();
        Assert.Null(await store.ReadSettingAsync("x"));
        await store.SaveSettingAsync("x", "1");
        await store.SaveSettingAsync("x", "2");
        await store.SaveSettingAsync("y", "3");
        Assert.Equal(("2", "3"), (await store.ReadSettingAsync("x"), await store.ReadSettingAsync("y")));
    }

    [Fact]
    public async Task Referential_OpenedWithOtherBlockingRules_ClearError()
    {
        var store = Store();
        var referential = await PersonReferential.OpenAsync(store);
        await referential.ImportAsync([ContractPeople.Person(1, 1)]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PersonReferential.OpenAsync(store, CivilStatusProfile.WithoutNameEditRules));
        Assert.Contains("open it with the profile it was filled with", error.Message, StringComparison.Ordinal);
        Assert.Equal(PersonReferential.RulesOf(CivilStatusProfile.Default), await store.ReadSettingAsync(PersonReferential.BlockingRulesSetting));
    }

    [Fact]
    public async Task Statistics_CountRecordsPostingsAndKeys()
    {
        var store = Store();
        await store.UpsertAsync([Stored("a", "1", [1, 2]), Stored("b", "2", [2, 3, 4])]);
        var statistics = await store.StatisticsAsync();
        Assert.Equal(2, statistics.Records);
        Assert.Equal(5, statistics.KeyPostings);
        Assert.Equal(4, statistics.DistinctKeys);
        Assert.True(statistics.SchemaVersion >= 1);
    }

    [Fact]
    public async Task Upsert_DuplicateIdInBatch_RejectedWholeWithItsPosition()
    {
        var store = Store();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Stored("a", "1", [1]), Stored("a", "2", [1])]));
        Assert.Contains("batch item 1", error.Message, StringComparison.Ordinal);
        Assert.Empty(await All(store));
    }

    [Fact]
    public async Task BadArguments_ClearErrors_NothingWritten()
    {
        var store = Store();
        await Assert.ThrowsAsync<ArgumentNullException>(() => store.UpsertAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Stored(" ", "1", [1])]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Stored(new string('x', StoreBatch.MaxIdLength + 1), "1", [1])]));
        var surrogate = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([Stored("p1", "1", [1]), Stored("lone" + (char)0xDC00, "1", [1])]));
        Assert.StartsWith("item 1: the id must be valid Unicode text", surrogate.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => store.RemoveAsync([(char)0xD800 + "x"]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.RemoveAsync([null!]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(1, 1)], [])));
        Assert.Empty(await All(store));
    }

    [Fact]
    public async Task Upsert_Cancelled_NothingWritten()
    {
        var store = Store();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpsertAsync([Stored("a", "1", [1])], cancelled.Token));
        Assert.Empty(await All(store));
    }

    [Fact]
    public async Task ReadersDuringWrites_SeeWholeBatchesOnly()
    {
        // Every batch adds ten records holding key 42 and the term (0, "MARTIN"): a reader that saw half a batch would
        // count a number of candidates, or of MARTIN, that is not a multiple of ten, or unequal to the record count.
        var store = Store();
        var term = new TermValue(0, "MARTIN");
        var request = new CandidateRequest([new BlockQuery(42, 100_000)], [term]);
        var writer = Task.Run(async () =>
        {
            for (var b = 0; b < 15; b++)
            {
                await store.UpsertAsync([.. Enumerable.Range(0, 10).Select(i => Stored(FormattableString.Invariant($"b{b}-{i}"), "doc", [42], term))]);
            }
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var seen = new List<(int Candidates, long Martins, long Records)>();
            while (!writer.IsCompleted)
            {
                var fetch = await store.FetchCandidatesAsync(request);
                seen.Add((fetch.Candidates.Count, fetch.TermCounts[0], fetch.Records));
            }

            return seen;
        })).ToArray();
        await writer;
        foreach (var (candidates, martins, records) in (await Task.WhenAll(readers)).SelectMany(s => s))
        {
            Assert.True(candidates % 10 == 0 && candidates == martins && martins == records, FormattableString.Invariant($"{candidates} candidates, {martins} MARTIN, {records} records"));
        }

        Assert.Equal(150, (await store.StatisticsAsync()).Records);
    }

    [Fact]
    public async Task Referential_InterruptedImport_ReRunEndsAsOneUninterruptedImport()
    {
        var records = Enumerable.Range(0, 40).Select(i => ContractPeople.Person(i, i * 7919)).ToArray();
        var clean = await PersonReferential.OpenAsync(Store());
        await clean.ImportAsync(records, batchSize: 7);

        // The first import stops after three batches (a cancellation between batches); the re-run completes it.
        var store = Store();
        var interrupted = await PersonReferential.OpenAsync(store);
        using var stop = new CancellationTokenSource();
        var progress = new SynchronousProgress(s => { if (s.Read >= 21) { stop.Cancel(); } });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.ImportAsync(records, 7, progress, stop.Token));
        Assert.Equal(21, (await store.StatisticsAsync()).Records);
        var rerun = await interrupted.ImportAsync(records, batchSize: 7);
        Assert.Equal((19, 0, 21), (rerun.Added, rerun.Replaced, rerun.Unchanged));
        Assert.Equal((await clean.ReadAllAsync()).Select(Json), (await interrupted.ReadAllAsync()).Select(Json));
        Assert.Equal(Json(await clean.FindAsync(records[3], 10)), Json(await interrupted.FindAsync(records[3], 10)));
    }

    [Fact]
    public async Task Referential_InvalidRecords_RejectedWithFieldAndRule_OthersStored()
    {
        var referential = await PersonReferential.OpenAsync(Store());
        PersonRecord?[] input = [ContractPeople.Person(1, 5), null, new PersonRecord(" "), new PersonRecord(new string('x', 300)), ContractPeople.Person(1, 6), ContractPeople.Person(2, 7), new PersonRecord("a" + (char)0xD83D + "b"), new PersonRecord("pair\U0001F600")];
        var summary = await referential.ImportAsync(input, batchSize: 2);
        Assert.Equal((8, 3, 5), (summary.Read, summary.Added, summary.Rejected));
        Assert.Equal(
            ["2:record:is missing (null)", "3:id:must not be empty", "4:id:must have at most 256 characters", "5:id:appears earlier in this import (record 1); ids must be distinct", "7:id:must be valid Unicode text (it holds an unpaired surrogate)"],
            summary.Errors.Select(e => $"{e.Line}:{e.Field}:{e.Rule}"));
        Assert.Equal(["p1", "p2", "pair\U0001F600"], (await referential.ReadAllAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Referential_Model_StoredAndReadBackOnOpen_MismatchIsAClearError()
    {
        var store = Store();
        var referential = await PersonReferential.OpenAsync(store);
        Assert.False(referential.HasStoredModel);
        var model = MatchModel.Initial(Profile.Profile) with { MatchThreshold = 0.97 };
        await referential.UseModelAsync(model);
        var reopened = await PersonReferential.OpenAsync(store);
        Assert.True(reopened.HasStoredModel);
        Assert.Equal(0.97, reopened.Model.MatchThreshold);

        await store.SaveModelAsync(1, JsonSerializer.Serialize(model with { Profile = "febrl" }, IdentityJsonContext.Default.MatchModel));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PersonReferential.OpenAsync(store));
        Assert.Contains("does not fit the profile", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A new store, released after the test.</summary>
    protected IPersonStore Store()
    {
        var store = NewStoreAsync().GetAwaiter().GetResult();
        created.Add(store);
        return store;
    }

    private static StoredPerson Stored(string id, string document, ulong[] keys, params TermValue[] terms) => new(id, document, keys, terms);

    private static async Task<List<StoredCandidate>> All(IPersonStore store)
    {
        var all = new List<StoredCandidate>();
        await foreach (var candidate in store.ReadAllAsync())
        {
            all.Add(candidate);
        }

        return all;
    }

    private static void Apply(List<PersonRecord> expected, PersonRecord[] batch)
    {
        foreach (var record in batch)
        {
            var at = expected.FindIndex(r => r.Id == record.Id);
            if (at >= 0 && Json(expected[at]) == Json(record))
            {
                continue;
            }

            if (at >= 0)
            {
                expected.RemoveAt(at);
            }

            expected.Add(record);
        }
    }

    private static string Json(PersonRecord record) => JsonSerializer.Serialize(record, IdentityJsonContext.Default.PersonRecord);

    private static string Json(IReadOnlyList<MatchCandidate> candidates) => JsonSerializer.Serialize(candidates, IdentityJsonContext.Default.IReadOnlyListMatchCandidate);

    private static string Json(BulkResult result) => JsonSerializer.Serialize(result, IdentityJsonContext.Default.BulkResult);

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<ReferentialImportSummary> report) : IProgress<ReferentialImportSummary>
    {
        public void Report(ReferentialImportSummary value) => report(value);
    }
}
