using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential.Tests.Contract;
using Justice.Domain.Identity.Sqlite;
using Microsoft.Data.Sqlite;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>What only the SQLite store does: its file, its schema version, write-ahead logging, faults in the database.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-sqlite-").FullName;

    private string File(string name) => Path.Combine(folder, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Reopened_RecordsModelAndFindsSurvive()
    {
        var records = Records30();
        var before = await ImportTrainAndFindAsync(File("a.db"), records);

        using var reopened = await SqlitePersonStore.OpenFileAsync(File("a.db"));
        var again = await PersonReferential.OpenAsync(reopened);
        Assert.True(again.HasStoredModel);
        Assert.Equal(30, (await reopened.StatisticsAsync()).Records);
        Assert.Equal(before, Describe(await again.FindAsync(records[4], 5)));
    }

    [Fact]
    public async Task NewFile_WriteAheadLogAndSchemaVersion()
    {
        using var store = await SqlitePersonStore.OpenFileAsync(File("wal.db"));
        await using var connection = new SqliteConnection("Data Source=" + File("wal.db"));
        await connection.OpenAsync();
        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(3L, await Scalar(connection, "SELECT version FROM schema_version"));
        Assert.Equal(SqlitePersonStore.SchemaVersion, (await store.StatisticsAsync()).SchemaVersion);
    }

    [Theory]
    [InlineData(7, "version 7, newer than version 3", "update the package")]
    [InlineData(1, "version 1, older than version 3", "into a new file")]
    public async Task OtherSchemaVersion_ClearErrorNamingBothVersions(int version, string versions, string remedy)
    {
        var path = File(FormattableString.Invariant($"version{version}.db"));
        using (await SqlitePersonStore.OpenFileAsync(path))
        {
        }

        await Execute(path, FormattableString.Invariant($"UPDATE schema_version SET version = {version}"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqlitePersonStore.OpenFileAsync(path));
        Assert.Contains(versions, error.Message, StringComparison.Ordinal);
        Assert.Contains(remedy, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version2File_UpgradedInPlace_FindsTheSame_AndAnImportAgainFillsTheForms()
    {
        var records = Records30();
        var path = File("version2.db");
        var before = await ImportTrainAndFindAsync(path, records);

        // A file as version 2 wrote it: no prepared forms.
        SqliteConnection.ClearAllPools();
        await Execute(path, "ALTER TABLE persons DROP COLUMN prepared; UPDATE schema_version SET version = 2");

        using var upgraded = await SqlitePersonStore.OpenFileAsync(path);
        Assert.Equal(SqlitePersonStore.SchemaVersion, (await upgraded.StatisticsAsync()).SchemaVersion);
        var again = await PersonReferential.OpenAsync(upgraded);
        Assert.Equal(before, Describe(await again.FindAsync(records[4], 5)));
        Assert.All((await upgraded.FetchCandidatesAsync(again.CandidateRequestFor(records[4]))).Candidates, c => Assert.Null(c.PreparedForm));

        var summary = await again.ImportAsync(records);
        Assert.Equal((0, 0, 30), (summary.Added, summary.Replaced, summary.Unchanged));
        Assert.All((await upgraded.FetchCandidatesAsync(again.CandidateRequestFor(records[4]))).Candidates, c => Assert.NotNull(c.PreparedForm));
        Assert.Equal(before, Describe(await again.FindAsync(records[4], 5)));
    }

    [Fact]
    public async Task AnotherDatabase_RefusedUntouched()
    {
        await Execute(File("other.db"), "CREATE TABLE invoices (n INTEGER)");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqlitePersonStore.OpenFileAsync(File("other.db")));
        Assert.Contains("other tables", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailureInTheMiddleOfABatch_NothingOfItStored_ReRunCompletes()
    {
        var records = Enumerable.Range(0, 20).Select(i => ContractPeople.Person(i, i * 7_919)).ToArray();
        using var store = await SqlitePersonStore.OpenFileAsync(File("fault.db"));
        var referential = await PersonReferential.OpenAsync(store);

        // The database refuses the 13th record: the batch of records 11-15 fails after two of its rows were written.
        await Execute(File("fault.db"), "CREATE TRIGGER refuse BEFORE INSERT ON persons WHEN NEW.id = 'p12' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => referential.ImportAsync(records, batchSize: 5));
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.StartsWith("SQLite referential 'fault.db'", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, (await store.StatisticsAsync()).Records);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => "p" + i), (await referential.ReadAllAsync()).Select(r => r.Id));

        await Execute(File("fault.db"), "DROP TRIGGER refuse");
        var rerun = await referential.ImportAsync(records, batchSize: 5);
        Assert.Equal((10, 10), (rerun.Added, rerun.Unchanged));

        var clean = await PersonReferential.OpenAsync(new InMemoryPersonStore());
        await clean.ImportAsync(records);
        foreach (var query in records.Take(5))
        {
            Assert.Equal(Describe(await clean.FindAsync(query, 5)), Describe(await referential.FindAsync(query, 5)));
        }
    }

    [Fact]
    public async Task ForeignOrCorruptFile_ClearErrorNamingTheFile()
    {
        await System.IO.File.WriteAllBytesAsync(File("garbage.db"), [.. Enumerable.Range(0, 8192).Select(i => unchecked((byte)(i * 31)))]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqlitePersonStore.OpenFileAsync(File("garbage.db")));
        Assert.Equal("SQLite referential 'garbage.db': the file is not a SQLite database (another format, or encrypted): give the path of a referential file or of a new one", error.Message);

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => SqlitePersonStore.OpenFileAsync(File("no/such/folder/r.db")));
        Assert.Contains("its folder exists", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LockedByAnotherWriter_ClearErrorAfterTheTimeout_NothingWritten()
    {
        using var store = await SqlitePersonStore.OpenAsync("Data Source=" + File("locked.db") + ";Default Timeout=1");
        await using var other = new SqliteConnection("Data Source=" + File("locked.db"));
        await other.OpenAsync();
        await using (var transaction = other.BeginTransaction())
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync([new StoredPerson("a", "1", [5], [])]));
            Assert.Contains("locked by another writer", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await store.StatisticsAsync()).Records);
    }

    [Fact]
    public async Task ReaderDuringAWrite_ReadsTheStateBeforeIt()
    {
        using var store = await SqlitePersonStore.OpenFileAsync(File("readers.db"));
        await store.UpsertAsync([new StoredPerson("a", "1", [5], [])]);

        // Another connection holds a write transaction with an uncommitted record: position 2 appended to key 5's
        // bucket (the only bucket), as an entry of key 5 (8 bytes) then position 2 (4 bytes), little-endian.
        await using var writer = new SqliteConnection("Data Source=" + File("readers.db"));
        await writer.OpenAsync();
        await using var transaction = writer.BeginTransaction();
        await using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO persons (id, document, keys, terms) VALUES ('b', '2', x'', ''); UPDATE block_buckets SET postings = CAST(postings || x'050000000000000002000000' AS BLOB)";
            await insert.ExecuteNonQueryAsync();
        }

        var fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(5, 10)], []));
        Assert.Equal(["a"], fetch.Candidates.Select(c => c.Id));
        await transaction.CommitAsync();
        fetch = await store.FetchCandidatesAsync(new CandidateRequest([new BlockQuery(5, 10)], []));
        Assert.Equal(["a", "b"], fetch.Candidates.Select(c => c.Id));
    }

    [Fact]
    public async Task OneLargeBatchOrManySmallOnes_SameBucketsByteForByte()
    {
        // 3,000 records of 20 keys drawn from 4,000 (shared by about 15 records each), in unsorted order: 60,000
        // postings in one batch are sorted by counting them into their buckets first; batches of 50 records (1,000
        // postings) are sorted in one piece. Then 500 records replaced with other keys, and 1,500 removed (30,000
        // postings: the large store's removal is counted into buckets too).
        var random = new Random(2026);
        var pool = Enumerable.Range(0, 4_000).Select(_ => (ulong)random.NextInt64()).ToArray();
        StoredPerson Person(int i, int version) =>
            new("p" + i, "{\"v\":" + version + "}", pool.OrderBy(_ => random.Next()).Take(20).ToArray(), []);
        var people = Enumerable.Range(0, 3_000).Select(i => Person(i, 1)).ToArray();
        var replaced = Enumerable.Range(0, 500).Select(i => Person(i * 6, 2)).ToArray();
        var removed = Enumerable.Range(0, 1_500).Select(i => "p" + ((i * 2) + 1)).ToArray();

        using (var large = await SqlitePersonStore.OpenFileAsync(File("large.db")))
        {
            await large.UpsertAsync(people);
            await large.UpsertAsync(replaced);
            await large.RemoveAsync(removed);
        }

        using (var small = await SqlitePersonStore.OpenFileAsync(File("small.db")))
        {
            foreach (var batch in people.Chunk(50).Concat(replaced.Chunk(50)))
            {
                await small.UpsertAsync(batch);
            }

            foreach (var batch in removed.Chunk(50))
            {
                await small.RemoveAsync(batch);
            }
        }

        var expected = await Buckets(File("large.db"));
        Assert.True(expected.Count > 1_000);
        Assert.Equal(expected, await Buckets(File("small.db")));
    }

    [Fact]
    public async Task Candidates_CarryThePreparedFormImported()
    {
        var records = Records30();
        using var store = await SqlitePersonStore.OpenFileAsync(File("prepared.db"));
        var referential = await PersonReferential.OpenAsync(store);
        await referential.ImportAsync(records);

        var fetch = await store.FetchCandidatesAsync(referential.CandidateRequestFor(records[7]));
        var candidate = Assert.Single(fetch.Candidates, c => c.Id == records[7].Id);
        Assert.NotNull(candidate.PreparedForm);
        Assert.Equal(referential.StoredFormOf(records[7]).PreparedForm, candidate.PreparedForm);
        await foreach (var stored in store.ReadAllAsync())
        {
            Assert.NotNull(stored.PreparedForm);
        }
    }

    [Fact]
    public async Task Options_NoMemoryMapAndSmallestCache_FindTheSame()
    {
        var records = Enumerable.Range(0, 40).Select(i => ContractPeople.Person(i, i * 7_919)).ToArray();
        string expected;
        using (var store = await SqlitePersonStore.OpenFileAsync(File("options.db")))
        {
            var referential = await PersonReferential.OpenAsync(store);
            await referential.ImportAsync(records);
            await referential.TrainAsync();
            expected = string.Join("/", await Task.WhenAll(records.Take(10).Select(async r => Describe(await referential.FindAsync(r, 5)))));
        }

        SqliteConnection.ClearAllPools();
        using var plain = await SqlitePersonStore.OpenFileAsync(File("options.db"), new SqliteStoreOptions { MemoryMapBytes = 0, PageCacheBytes = 1024 });
        var again = await PersonReferential.OpenAsync(plain);
        Assert.Equal(expected, string.Join("/", await Task.WhenAll(records.Take(10).Select(async r => Describe(await again.FindAsync(r, 5))))));
    }

    [Theory]
    [InlineData(-1, SqliteStoreOptions.DefaultPageCacheBytes, SqliteStoreOptions.DefaultBatchPageCacheBytes, "MemoryMapBytes")]
    [InlineData(0, 1023, SqliteStoreOptions.DefaultBatchPageCacheBytes, "PageCacheBytes")]
    [InlineData(0, 1024, 0, "BatchPageCacheBytes")]
    [InlineData(0, (int.MaxValue * 1024L) + 1, SqliteStoreOptions.DefaultBatchPageCacheBytes, "PageCacheBytes")]
    [InlineData(0, 1024, (int.MaxValue * 1024L) + 1, "BatchPageCacheBytes")]
    public async Task Options_OutOfRange_NameTheOption(long memoryMap, long pageCache, long batchPageCache, string option)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            SqlitePersonStore.OpenFileAsync(File("bad-options.db"), new SqliteStoreOptions { MemoryMapBytes = memoryMap, PageCacheBytes = pageCache, BatchPageCacheBytes = batchPageCache }));
        Assert.Equal(option, error.ParamName);
        Assert.False(System.IO.File.Exists(File("bad-options.db")));
    }

    [Fact]
    public async Task PageSize_ANewFileTakesTheOption_AnExistingFileKeepsItsOwn()
    {
        var records = Enumerable.Range(0, 30).Select(i => ContractPeople.Person(i, i * 7_919)).ToArray();
        var expected = await ImportTrainAndFindAsync(File("default-pages.db"), records);
        using (var store = await SqlitePersonStore.OpenFileAsync(File("small-pages.db"), new SqliteStoreOptions { PageSizeBytes = 4096 }))
        {
            var referential = await PersonReferential.OpenAsync(store);
            await referential.ImportAsync(records);
            await referential.TrainAsync();
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal((long)SqliteStoreOptions.DefaultPageSizeBytes, await PageSize("default-pages.db"));
        Assert.Equal(4096L, await PageSize("small-pages.db"));

        // Opened again with other pages asked for, a file keeps its own, and finds what a file of the default pages finds.
        using (var store = await SqlitePersonStore.OpenFileAsync(File("small-pages.db"), new SqliteStoreOptions { PageSizeBytes = 65_536 }))
        {
            var referential = await PersonReferential.OpenAsync(store);
            Assert.Equal(expected, Describe(await referential.FindAsync(records[4], 5)));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(4096L, await PageSize("small-pages.db"));

        async Task<object?> PageSize(string name)
        {
            await using var connection = new SqliteConnection("Data Source=" + File(name));
            await connection.OpenAsync();
            return await Scalar(connection, "PRAGMA page_size");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    [InlineData(1000)]
    [InlineData(131_072)]
    public async Task PageSize_NotAPageSizeOfSqlite_NamesTheOption(int pageSize)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            SqlitePersonStore.OpenFileAsync(File("bad-pages.db"), new SqliteStoreOptions { PageSizeBytes = pageSize }));
        Assert.Equal("PageSizeBytes", error.ParamName);
        Assert.False(System.IO.File.Exists(File("bad-pages.db")));
    }

    [Fact]
    public async Task LargeBatches_IdsNeedingEscapes_AddedReplacedUnchangedAndRemovedExactly()
    {
        // Stored ids are looked up a few thousand per statement, as one JSON array: ids with quotes, backslashes,
        // control and non-ASCII characters, over several statements, each found exactly once.
        static string Id(int i) => (i % 4) switch
        {
            0 => "plain-" + i,
            1 => "quote\"" + i + "\\back",
            2 => "tab\t" + i + "\u00e9\u4e2d",
            _ => "[\"" + i + "\"]",
        };
        StoredPerson Person(int i, int version) => new(Id(i), "{\"v\":" + version + "}", [((ulong)version << 40) + (ulong)i, (ulong)(i % 97) + 1_000_000], []);

        using var store = await SqlitePersonStore.OpenFileAsync(File("escapes.db"));
        Assert.Equal(new StoreWriteCounts(12_000, 0, 0), await store.UpsertAsync([.. Enumerable.Range(0, 12_000).Select(i => Person(i, 1))]));

        // Every third record changed, the others the same, and 500 new ones.
        var again = Enumerable.Range(0, 12_500).Select(i => Person(i, i % 3 == 0 && i < 12_000 ? 2 : 1)).ToArray();
        Assert.Equal(new StoreWriteCounts(500, 4_000, 8_000), await store.UpsertAsync(again));
        Assert.Equal(6_000, await store.RemoveAsync([.. Enumerable.Range(0, 6_000).Select(i => Id(2 * i)), "no such id"]));

        var left = new List<string>();
        await foreach (var stored in store.ReadAllAsync())
        {
            left.Add(stored.Id);
        }

        Assert.Equal(6_500, left.Count);
        Assert.Equal(Enumerable.Range(0, 12_500).Where(i => i % 2 == 1 || i >= 12_000).Select(Id).Order(StringComparer.Ordinal), left.Order(StringComparer.Ordinal));
        Assert.Equal(6_500, (await store.StatisticsAsync()).Records);

        // The postings are those of the records left, with their last keys: none of a replaced or removed record stays.
        var final = Enumerable.Range(0, 12_500).Where(i => i % 2 == 1 || i >= 12_000).Select(i => Person(i, i % 3 == 0 && i < 12_000 ? 2 : 1)).ToArray();
        using (var direct = await SqlitePersonStore.OpenFileAsync(File("escapes-direct.db")))
        {
            await direct.UpsertAsync(final);
        }

        var expected = await PostingsById(File("escapes-direct.db"));
        Assert.Equal(6_500 * 2, expected.Count);
        Assert.Equal(expected, await PostingsById(File("escapes.db")));
    }

    [Fact]
    public async Task SameDocument_AnotherPreparedForm_KeepsItsPositionAndTakesTheNewForm()
    {
        // A form is stamped with the build that wrote it: importing the same records with another build refreshes them.
        StoredPerson Person(byte[]? form) => new("p1", "{\"v\":1}", [7UL], []) { PreparedForm = form };
        using var store = await SqlitePersonStore.OpenFileAsync(File("refresh.db"));
        await store.UpsertAsync([Person([1, 2, 3]), new StoredPerson("p2", "{}", [8UL], [])]);
        var before = await First(store);

        Assert.Equal(new StoreWriteCounts(0, 0, 1), await store.UpsertAsync([Person([4, 5])]));
        var after = await First(store);
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(new byte[] { 4, 5 }, after.PreparedForm);

        Assert.Equal(new StoreWriteCounts(0, 0, 1), await store.UpsertAsync([Person(null)]));
        Assert.Null((await First(store)).PreparedForm);

        static async Task<StoredCandidate> First(SqlitePersonStore store)
        {
            await foreach (var stored in store.ReadAllAsync())
            {
                return stored;
            }

            throw new InvalidOperationException("empty store");
        }
    }

    [Fact]
    public async Task Positions_FollowTheLargestEverTaken_AndStopAtFourBytesWithAClearError()
    {
        using var store = await SqlitePersonStore.OpenFileAsync(File("positions.db"));
        await store.UpsertAsync([new StoredPerson("p1", "{}", [7UL], []), new StoredPerson("p2", "{}", [8UL], [])]);
        Assert.Equal(1, await store.RemoveAsync(["p2"]));

        // The removed record's position is not taken again.
        await store.UpsertAsync([new StoredPerson("p3", "{}", [9UL], [])]);
        Assert.Equal([1L, 3L], await Positions(store));

        // A file whose positions have reached what a posting holds (4 bytes) refuses a new record, and keeps what it has.
        await Execute(File("positions.db"), "UPDATE sqlite_sequence SET seq = 4294967295 WHERE name = 'persons'");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.UpsertAsync([new StoredPerson("p4", "{}", [10UL], [])]));
        Assert.StartsWith("SQLite referential 'positions.db': its record positions have reached 4294967295", error.Message, StringComparison.Ordinal);
        Assert.Contains("import the records into a new file", error.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 3L], await Positions(store));

        static async Task<List<long>> Positions(SqlitePersonStore store)
        {
            var positions = new List<long>();
            await foreach (var stored in store.ReadAllAsync())
            {
                positions.Add(stored.Sequence);
            }

            return positions;
        }
    }

    /// <summary>Every posting of a file as "key:id", sorted: what two files hold whatever positions their records took.</summary>
    private static async Task<List<string>> PostingsById(string path)
    {
        await using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        await connection.OpenAsync();
        var ids = new Dictionary<long, string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT seq, id FROM persons";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        var postings = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT postings FROM block_buckets";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var blob = (byte[])reader.GetValue(0);
                for (var e = 0; e < blob.Length; e += 12)
                {
                    postings.Add(BitConverter.ToUInt64(blob, e) + ":" + ids[BitConverter.ToUInt32(blob, e + 8)]);
                }
            }
        }

        postings.Sort(StringComparer.Ordinal);
        return postings;
    }

    private static async Task<List<string>> Buckets(string path)
    {
        await using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT bucket, postings FROM block_buckets ORDER BY bucket";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetInt64(0) + ":" + Convert.ToHexString((byte[])reader.GetValue(1)));
        }

        return rows;
    }

    private static PersonRecord[] Records30() => [.. Enumerable.Range(0, 30).Select(i => ContractPeople.Person(i, i * 104_729))];

    /// <summary>Imports the records into a new file, trains the model, and describes the ranked candidates of the fifth record.</summary>
    private static async Task<string> ImportTrainAndFindAsync(string path, PersonRecord[] records)
    {
        using var store = await SqlitePersonStore.OpenFileAsync(path);
        var referential = await PersonReferential.OpenAsync(store);
        await referential.ImportAsync(records);
        await referential.TrainAsync();
        return Describe(await referential.FindAsync(records[4], 5));
    }

    private static string Describe(IReadOnlyList<Linkage.MatchCandidate> found) =>
        string.Join("|", found.Select(c => FormattableString.Invariant($"{c.Comparison.RightId}:{c.Comparison.Weight:R}")));

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task Execute(string path, string sql)
    {
        await using var connection = new SqliteConnection("Data Source=" + path + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
