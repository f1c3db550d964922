using System.Runtime.CompilerServices;
using Justice.Domain.Identity.Referential;
using Microsoft.Data.Sqlite;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// The person referential in one SQLite file: the embedded default store of <see cref="PersonReferential"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Tables.</b> <c>persons</c> holds each record (id, JSON document, prepared form, blocking keys, term values) under an increasing
/// sequence; <c>block_buckets</c> is the index a query is answered from, the (key, sequence) postings grouped in
/// 2^18 buckets by a hash of the key, one sorted blob per bucket; <c>term_counts</c> and
/// <c>totals</c> count the name values that weigh exact agreements; <c>model</c> holds the match model;
/// <c>schema_version</c> the schema's version (<see cref="SchemaVersion"/>).
/// </para>
/// <para>
/// <b>Durability and concurrency.</b> The file is in write-ahead-log mode with full synchronisation: a committed batch
/// survives a crash of the process, and readers (in this process or others) read while one writer writes. Each batch
/// is one <c>BEGIN IMMEDIATE</c> transaction, so writers queue; a waiting writer gives up after the connection's
/// default timeout (30 s unless the connection string says otherwise).
/// </para>
/// <para>Each call opens a pooled connection of its own, so one store may serve many threads.</para>
/// </remarks>
public sealed class SqlitePersonStore : IPersonStore, IDisposable, IAsyncDisposable
{
    /// <summary>
    /// Records per batch for a bulk import into this store: 350,000. A batch reads, merges and writes every key bucket it
    /// touches, and a large batch touches nearly all of them, so an import costs about the index's size per batch; a
    /// million records import in three batches instead of eleven of <see cref="PersonReferential.DefaultBatchSize"/>.
    /// A batch is atomic, so a crash loses at most the batch being written; and the importing process holds about two
    /// batches of prepared records at once (about 1.5 GB at this size).
    /// </summary>
    public const int DefaultImportBatchSize = KeyPostings.ImportBatchSize;

    /// <summary>The schema version this package writes and reads.</summary>
    public const int SchemaVersion = 3;

    private readonly string connectionString;
    private readonly string name;
    private readonly string connectionPragmas;
    private readonly string batchPragmas;

    private SqlitePersonStore(string connectionString, SqliteStoreOptions options)
    {
        this.connectionString = connectionString;
        name = Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource);
        connectionPragmas = FormattableString.Invariant(
            $"PRAGMA cache_size = -{options.PageCacheBytes / 1024}; PRAGMA mmap_size = {options.MemoryMapBytes}");
        batchPragmas = FormattableString.Invariant($"PRAGMA cache_size = -{options.BatchPageCacheBytes / 1024}; PRAGMA mmap_size = 0");
    }

    /// <summary>Opens the referential in <paramref name="path"/>, creating the file and its schema when absent.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="options">How the connections read the file; the defaults of <see cref="SqliteStoreOptions"/> when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">The file's schema is newer than this package reads, or the file is not a referential.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static Task<SqlitePersonStore> OpenFileAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 };
        return OpenAsync(builder.ToString(), options, cancellationToken);
    }

    /// <summary>Opens the referential of a SQLite connection string, creating its schema when absent.</summary>
    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string.</param>
    /// <param name="options">How the connections read the file; the defaults of <see cref="SqliteStoreOptions"/> when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">The schema is newer than this package reads, or the database is not a referential.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static async Task<SqlitePersonStore> OpenAsync(string connectionString, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(connectionString);
        options ??= new SqliteStoreOptions();
        options.Check();
        var store = new SqlitePersonStore(connectionString, options);
        return await SqliteErrors.Guard(store.name, async () =>
        {
            await using var connection = await store.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await SqliteSchema.EnsureAsync(connection, store.name, options.PageSizeBytes, cancellationToken).ConfigureAwait(false);
            return store;
        }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckDistinct(batch);
        return SqliteErrors.Guard(name, () => Upsert(batch, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckIds(ids);
        return SqliteErrors.Guard(name, () => Remove(ids, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default)
    {
        StoreBatch.Check(request);
        return SqliteErrors.Guard(name, () => Fetch(request, cancellationToken));
    }

    private async Task<StoreWriteCounts> Upsert(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken, forBatch: true).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new SqliteBatchWriter(connection, transaction, name);
        writer.Reserve(batch.Sum(p => p.BlockingKeys.Count));
        var stored = writer.FindAll([.. batch.Select(p => p.Id)]);
        int added = 0, replaced = 0, unchanged = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = batch[i];
            if (stored[i] is { } old)
            {
                if (old.Document == person.Document)
                {
                    // The same record: its position stays, and its prepared form becomes this build's.
                    writer.RefreshPrepared(old, person.PreparedForm);
                    unchanged++;
                    continue;
                }

                writer.Delete(old);
                replaced++;
            }
            else
            {
                added++;
            }

            writer.Insert(person);
        }

        writer.Flush();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StoreWriteCounts(added, replaced, unchanged);
    }

    private async Task<int> Remove(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken, forBatch: true).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var writer = new SqliteBatchWriter(connection, transaction, name);
        var removed = 0;
        foreach (var old in writer.FindAll([.. ids.Distinct(StringComparer.Ordinal)]).OfType<SqliteBatchWriter.StoredRow>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Delete(old);
            removed++;
        }

        writer.Flush();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private async Task<CandidateFetch> Fetch(CandidateRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);

        // A deferred transaction reads one snapshot of the file (write-ahead log) from its first read to its end.
        await using var transaction = connection.BeginTransaction(deferred: true);
        // Two statements read the candidates, each taking its list as one JSON array: a statement per bucket or per
        // candidate costs more in the driver than the look-up does in the B-tree.
        var buckets = new Dictionary<long, byte[]>();
        foreach (var query in request.Blocks)
        {
            buckets[PostingBuckets.Of(query.Key)] = [];
        }

        await using (var bucket = Command(connection, transaction, "SELECT b.bucket, b.postings FROM json_each($buckets) j JOIN block_buckets b ON b.bucket = j.value", "$buckets"))
        {
            bucket.Parameters[0].Value = JsonArrays.Of(buckets.Keys);
            await using var reader = await bucket.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                buckets[reader.GetInt64(0)] = (byte[])reader.GetValue(1);
            }
        }

        var found = new SortedSet<long>();
        foreach (var query in request.Blocks)
        {
            // A key held by more records than its cap is skipped whatever its size.
            PostingBuckets.Collect(buckets[PostingBuckets.Of(query.Key)], query.Key, query.MaxBlockSize, found);
        }

        var candidates = new List<StoredCandidate>(found.Count);
        await using (var person = Command(connection, transaction, "SELECT p.seq, p.id, p.document, p.prepared FROM json_each($seqs) j JOIN persons p ON p.seq = j.value ORDER BY p.seq", "$seqs"))
        {
            person.Parameters[0].Value = JsonArrays.Of(found);
            await using var reader = await person.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                candidates.Add(Candidate(reader));
            }
        }

        var counts = new long[request.Terms.Count];
        await using (var term = Command(connection, transaction, "SELECT count FROM term_counts WHERE field = $field AND value = $value", "$field", "$value"))
        {
            for (var t = 0; t < counts.Length; t++)
            {
                term.Parameters[0].Value = request.Terms[t].Field;
                term.Parameters[1].Value = request.Terms[t].Value;
                counts[t] = await term.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long count ? count : 0;
            }
        }

        var totals = new Dictionary<int, long>();
        await using (var total = Command(connection, transaction, "SELECT total FROM totals WHERE field = $field", "$field"))
        {
            foreach (var field in request.Terms.Select(t => t.Field).Append(SqliteSchema.RecordsField).Distinct())
            {
                total.Parameters[0].Value = field;
                totals[field] = await total.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? value : 0;
            }
        }

        var records = totals[SqliteSchema.RecordsField];
        totals.Remove(SqliteSchema.RecordsField);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CandidateFetch(candidates, counts, totals, records);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCandidate> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = Command(connection, transaction, "SELECT seq, id, document, prepared FROM persons ORDER BY seq");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Candidate(reader);
        }
    }

    /// <summary>A candidate from a row of (seq, id, document, prepared).</summary>
    private static StoredCandidate Candidate(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) { PreparedForm = reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3) };

    /// <inheritdoc/>
    public Task<string?> ReadModelAsync(CancellationToken cancellationToken = default)
    {
        return SqliteErrors.Guard(name, async () =>
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT document FROM model WHERE id = 1");
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        });
    }

    /// <inheritdoc/>
    public Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(document);
        return SqliteErrors.Guard(name, async () =>
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(
                connection,
                null,
                "INSERT INTO model (id, version, document) VALUES (1, $version, $document) ON CONFLICT (id) DO UPDATE SET version = excluded.version, document = excluded.document",
                "$version",
                "$document");
            command.Parameters[0].Value = version;
            command.Parameters[1].Value = document;
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        });
    }

    /// <inheritdoc/>
    public Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        return SqliteErrors.Guard(this.name, async () =>
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT value FROM settings WHERE name = $name", "$name");
            command.Parameters[0].Value = name;
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        });
    }

    /// <inheritdoc/>
    public Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        Core.Guard.NotNull(value);
        return SqliteErrors.Guard(this.name, async () =>
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "INSERT INTO settings (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value", "$name", "$value");
            command.Parameters[0].Value = name;
            command.Parameters[1].Value = value;
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        });
    }

    /// <inheritdoc/>
    public Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        return SqliteErrors.Guard(name, async () =>
        {
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction(deferred: true);
            long postings = 0, keys = 0;
            await using (var buckets = Command(connection, transaction, "SELECT postings FROM block_buckets"))
            {
                await using var blobs = await buckets.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await blobs.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // A key lives in one bucket only, so the buckets' distinct keys add up.
                    var (held, distinct) = PostingBuckets.Tally((byte[])blobs.GetValue(0));
                    (postings, keys) = (postings + held, keys + distinct);
                }
            }

            await using var command = Command(connection, transaction, "SELECT (SELECT count(*) FROM persons), (SELECT version FROM model WHERE id = 1)");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new StoreStatistics(reader.GetInt64(0), postings, keys, SchemaVersion, reader.IsDBNull(1) ? null : reader.GetInt32(1));
        });
    }

    /// <summary>Releases the pooled connections to the file (so that it can be moved or deleted).</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Releases the pooled connections to the file, as <see cref="Dispose"/> does.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    /// <summary>
    /// A pooled connection with the options' page cache and memory map; a write batch's (<paramref name="forBatch"/>)
    /// has the batch cache and reads without the map (a batch reads each bucket once while the file grows under it).
    /// </summary>
    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken, bool forBatch = false)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // The page cache and memory map of SqliteStoreOptions: a batch's postings land all over the key index, and a
            // query reads a page per key.
            await using (var pragmas = Command(connection, null, forBatch ? batchPragmas : connectionPragmas))
            {
                await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
