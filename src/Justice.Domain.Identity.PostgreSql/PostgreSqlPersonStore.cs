using System.Runtime.CompilerServices;
using System.Text;
using Justice.Domain.Identity.Referential;
using Npgsql;
using NpgsqlTypes;

namespace Justice.Domain.Identity.PostgreSql;

/// <summary>
/// A person store (<see cref="IPersonStore"/>) in a PostgreSQL schema, shared by many processes: any number of readers,
/// one writer at a time. It keeps the records, their blocking keys, the counts of their name values and the match model
/// in the tables listed in <c>docs/identity/referential-postgresql.md</c>, and behaves as <see cref="InMemoryPersonStore"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Writes.</b> Each batch is one transaction that first takes a transaction-level advisory lock of the schema, so
/// writers queue one behind the other; the batch is staged in a temporary table (a binary <c>COPY</c> from
/// <see cref="CopyThreshold"/> records on, array parameters under it) and classified in one round trip; the buckets of
/// blocking keys it touches are read, merged in the process and copied back (binary <c>COPY</c>), and set-based
/// statements sent in one round trip apply it. A failure or a cancellation rolls the whole batch back.
/// </para>
/// <para>
/// <b>Reads.</b> A candidate fetch is one prepared statement (one round trip, one snapshot): the blocks under their caps,
/// the candidates with their prepared forms, the term counts, the field totals and the record count come from the same
/// state of the store. Readers
/// take no lock and never wait for a writer.
/// </para>
/// <para>
/// <b>Safety.</b> Every value is a parameter; the schema name, the only text put into the statements, must be a plain
/// lowercase identifier and is quoted.
/// </para>
/// </remarks>
public sealed class PostgreSqlPersonStore : IPersonStore, IAsyncDisposable
{
    /// <summary>
    /// Records per batch for a bulk import into this store: 350,000. A batch reads, merges and writes every key bucket it
    /// touches, and a large batch touches nearly all of them, so an import costs about the index's size per batch; a
    /// million records import in three batches instead of eleven of <see cref="PersonReferential.DefaultBatchSize"/>.
    /// A batch is atomic, so a crash loses at most the batch being written; and the importing process holds about two
    /// batches of prepared records at once (about 1.5 GB at this size).
    /// </summary>
    public const int DefaultImportBatchSize = KeyPostings.ImportBatchSize;

    /// <summary>The schema version this package creates and reads.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The schema used when none is given.</summary>
    public const string DefaultSchema = "justice_identity";

    /// <summary>The batch size from which <see cref="UpsertAsync"/> stages the batch with a binary <c>COPY</c>.</summary>
    public const int DefaultCopyThreshold = 100;

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;
    private readonly PostgreSqlStatements sql;
    private readonly long writerLock;

    private PostgreSqlPersonStore(NpgsqlDataSource dataSource, bool ownsDataSource, PostgreSqlStatements sql)
    {
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
        this.sql = sql;
        writerLock = WriterLockKey(sql.Schema);
    }

    /// <summary>The schema holding the store's tables.</summary>
    public string Schema => sql.Schema;

    /// <summary>Batches of at least this many records are staged with a binary <c>COPY</c>; smaller ones as array parameters.</summary>
    internal int CopyThreshold { get; set; } = DefaultCopyThreshold;

    /// <summary>Called inside a write transaction at its named stages ("staged", "applied"), with the writer's backend process id: a fault injection point for tests.</summary>
    internal Func<string, int, Task>? OnWriteStage { get; set; }

    /// <summary>
    /// Opens the store in <paramref name="schema"/> of the database <paramref name="dataSource"/> connects to,
    /// creating the schema and its tables on first use. The caller keeps <paramref name="dataSource"/> and disposes it.
    /// </summary>
    /// <param name="dataSource">The database.</param>
    /// <param name="schema">The schema (<see cref="DefaultSchema"/> when null): a lowercase identifier.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The schema name is not a plain lowercase identifier.</exception>
    /// <exception cref="InvalidOperationException">
    /// The database cannot be reached or refuses the login, or the schema has a version this package does not know.
    /// </exception>
#pragma warning disable RS0026 // two entry points told apart by their first parameter (a data source or a connection string), never ambiguous
    public static Task<PostgreSqlPersonStore> OpenAsync(NpgsqlDataSource dataSource, string? schema = null, CancellationToken cancellationToken = default)
#pragma warning restore RS0026
    {
        Core.Guard.NotNull(dataSource);
        return OpenAsync(dataSource, ownsDataSource: false, schema, cancellationToken);
    }

    /// <summary>
    /// Opens the store in <paramref name="schema"/> of the database of <paramref name="connectionString"/>, creating
    /// the schema and its tables on first use. The store owns its connections: dispose it.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (the caller reads it from its own settings, never from the repository).</param>
    /// <param name="schema">The schema (<see cref="DefaultSchema"/> when null): a lowercase identifier.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The connection string or the schema name is not valid.</exception>
    /// <exception cref="InvalidOperationException">
    /// The database cannot be reached or refuses the login, or the schema has a version this package does not know.
    /// </exception>
#pragma warning disable RS0026 // two entry points told apart by their first parameter (a data source or a connection string), never ambiguous
    public static async Task<PostgreSqlPersonStore> OpenAsync(string connectionString, string? schema = null, CancellationToken cancellationToken = default)
#pragma warning restore RS0026
    {
        Core.Guard.NotBlank(connectionString);
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("the PostgreSQL connection string is not valid: " + e.Message, nameof(connectionString), e);
        }

        try
        {
            return await OpenAsync(source, ownsDataSource: true, schema, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<StoreWriteCounts> UpsertAsync(IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckDistinct(batch);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return StoreWriteCounts.None;
        }

        var (written, deleted, unchanged) = await WriteAsync(
            async (connection, transaction) =>
            {
                var classify = sql.ClassifyUpsert.Select(s => new NpgsqlBatchCommand(s));
                if (batch.Count < CopyThreshold)
                {
                    return classify.Prepend(StageRows(batch));
                }

                await CopyAsync(connection, transaction, batch, cancellationToken).ConfigureAwait(false);
                return classify;
            },
            cancellationToken,
            batch).ConfigureAwait(false);
        return new StoreWriteCounts((int)(written - deleted), (int)deleted, (int)unchanged);
    }

    /// <inheritdoc/>
    public async Task<int> RemoveAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        StoreBatch.CheckIds(ids);
        cancellationToken.ThrowIfCancellationRequested();
        if (ids.Count == 0)
        {
            return 0;
        }

        var (_, deleted, _) = await WriteAsync(
            (_, _) =>
            {
                var classify = new NpgsqlBatchCommand(sql.ClassifyRemove[0]);
                classify.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. ids] });
                return Task.FromResult<IEnumerable<NpgsqlBatchCommand>>([classify, .. sql.ClassifyRemove.Skip(1).Select(s => new NpgsqlBatchCommand(s))]);
            },
            cancellationToken,
            written: []).ConfigureAwait(false);
        return (int)deleted;
    }

    /// <inheritdoc/>
    public async Task<CandidateFetch> FetchCandidatesAsync(CandidateRequest request, CancellationToken cancellationToken = default)
    {
        StoreBatch.Check(request);
        cancellationToken.ThrowIfCancellationRequested();
        var keys = new long[request.Blocks.Count];
        var caps = new int[keys.Length];
        var buckets = new int[keys.Length];
        for (var b = 0; b < keys.Length; b++)
        {
            keys[b] = unchecked((long)request.Blocks[b].Key);
            caps[b] = request.Blocks[b].MaxBlockSize;
            buckets[b] = PostgreSqlBuckets.Of(request.Blocks[b].Key);
        }

        var (fields, values) = Flatten(request.Terms);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql.Fetch, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<int[]>("caps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = caps });
        command.Parameters.Add(new NpgsqlParameter<int[]>("buckets", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = buckets });
        command.Parameters.Add(new NpgsqlParameter<int[]>("term_fields", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = fields });
        command.Parameters.Add(new NpgsqlParameter<string[]>("term_values", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values });
        // Prepared once per pooled connection (Npgsql keeps it across openings): planning the statement costs the
        // server about a millisecond, as much as running it, and its plan does not depend on the values.
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<StoredCandidate>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!reader.IsDBNull(0))
            {
                candidates.Add(Candidate(reader));
                continue;
            }

            var counts = reader.GetFieldValue<long[]>(4);
            var totalFields = reader.GetFieldValue<int[]>(5);
            var totals = reader.GetFieldValue<long[]>(6);
            var fieldTotals = new Dictionary<int, long>(totalFields.Length);
            for (var f = 0; f < totalFields.Length; f++)
            {
                fieldTotals[totalFields[f]] = totals[f];
            }

            return new CandidateFetch(candidates, counts, fieldTotals, reader.GetInt64(7));
        }

        throw new InvalidOperationException(Describe("returned no count row for a candidate fetch"));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredCandidate> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql.ReadAll, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Candidate(reader);
        }
    }

    /// <inheritdoc/>
    public async Task<string?> ReadModelAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql.ReadModel, connection);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc/>
    public async Task SaveModelAsync(int version, string document, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(document);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteAsync(
            (_, _) =>
            {
                var save = new NpgsqlBatchCommand(sql.SaveModel);
                save.Parameters.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = version });
                save.Parameters.Add(new NpgsqlParameter<string>("document", NpgsqlDbType.Text) { TypedValue = document });
                return Task.FromResult<IEnumerable<NpgsqlBatchCommand>>([save]);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<string?> ReadSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql.ReadSetting, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("name", NpgsqlDbType.Text) { TypedValue = name });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc/>
    public async Task SaveSettingAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        Core.Guard.NotBlank(name);
        Core.Guard.NotNull(value);
        cancellationToken.ThrowIfCancellationRequested();
        await WriteAsync(
            (_, _) =>
            {
                var save = new NpgsqlBatchCommand(sql.SaveSetting);
                save.Parameters.Add(new NpgsqlParameter<string>("name", NpgsqlDbType.Text) { TypedValue = name });
                save.Parameters.Add(new NpgsqlParameter<string>("value", NpgsqlDbType.Text) { TypedValue = value });
                return Task.FromResult<IEnumerable<NpgsqlBatchCommand>>([save]);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<StoreStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql.Statistics, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new StoreStatistics(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), SchemaVersion, reader.IsDBNull(3) ? null : reader.GetInt32(3));
    }

    /// <summary>Disposes the connections when the store opened them from a connection string.</summary>
    /// <returns>A task.</returns>
    public ValueTask DisposeAsync() => ownsDataSource ? dataSource.DisposeAsync() : ValueTask.CompletedTask;

    private static async Task<PostgreSqlPersonStore> OpenAsync(NpgsqlDataSource dataSource, bool ownsDataSource, string? schema, CancellationToken cancellationToken)
    {
        var store = new PostgreSqlPersonStore(dataSource, ownsDataSource, new PostgreSqlStatements(schema ?? DefaultSchema));
        try
        {
            await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                store.Describe("cannot be opened: " + e.Message + ". Check the connection string (host, port, database, user, password), that the server runs and that the user may use the schema"),
                e);
        }

        return store;
    }

    /// <summary>A stable 64-bit key for the schema's writer lock (FNV-1a of its name).</summary>
    private static long WriterLockKey(string schema)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes("justice.identity.referential:" + schema))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }

    /// <summary>A candidate from the columns seq, id, document and prepared of the reader's row.</summary>
    private static StoredCandidate Candidate(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) { PreparedForm = reader.IsDBNull(3) ? null : reader.GetFieldValue<byte[]>(3) };

    private static (int[] Fields, string[] Values) Flatten(IReadOnlyList<TermValue> terms)
    {
        var fields = new int[terms.Count];
        var values = new string[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            (fields[t], values[t]) = (terms[t].Field, terms[t].Value);
        }

        return (fields, values);
    }

    private static long[] KeysOf(StoredPerson person)
    {
        var keys = new long[person.BlockingKeys.Count];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = unchecked((long)person.BlockingKeys[k]);
        }

        return keys;
    }

    private string Describe(string what) => "the PostgreSQL person store (schema \"" + sql.Schema + "\") " + what;

    /// <summary>Reads the schema's version, creating the schema when it is absent (under the writer lock, so two first openings create it once).</summary>
    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) is { } found)
        {
            CheckVersion(found);
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false) is { } created)
        {
            CheckVersion(created);
            return;
        }

        await using (var exists = new NpgsqlCommand(sql.SchemaExists, connection, transaction))
        {
            exists.Parameters.Add(new NpgsqlParameter<string>("schema", NpgsqlDbType.Text) { TypedValue = sql.Schema });
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                await using var create = new NpgsqlCommand(sql.CreateSchema, connection, transaction);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var statement in sql.Create)
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            if (statement.Contains("@version", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = SchemaVersion });
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int?> ReadVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand(sql.VersionTableExists, connection, transaction))
        {
            exists.Parameters.Add(new NpgsqlParameter<string>("table", NpgsqlDbType.Text) { TypedValue = sql.VersionTableName });
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return null;
            }
        }

        await using var read = new NpgsqlCommand(sql.ReadVersion, connection, transaction);
        return await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int version
            ? version
            : throw new InvalidOperationException(Describe("has a version table without a version: the schema is not a person store's, or was damaged; use another schema"));
    }

    private void CheckVersion(int version)
    {
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException(Describe(FormattableString.Invariant(
                $"has schema version {version}, newer than version {SchemaVersion} that this package knows: open it with a newer Justice.Domain.Identity.PostgreSql")));
        }

        if (version < SchemaVersion)
        {
            throw new InvalidOperationException(Describe(FormattableString.Invariant(
                $"has schema version {version}, older than version {SchemaVersion} that this package knows, and no migration from it exists: import the records into a new schema")));
        }
    }

    private async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long>("key", NpgsqlDbType.Bigint) { TypedValue = writerLock });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one write transaction: the writer lock, then <paramref name="prepare"/> (which stages the batch and returns
    /// the statements that classify it). A write of records (<paramref name="written"/> not null: the upserted batch, or
    /// none for a removal) then has its buckets merged and staged (<see cref="StageBucketsAsync"/>) and the shared
    /// statements that apply it run; any other write (the model, a setting) runs its statements alone.
    /// </summary>
    /// <returns>Records written, records deleted (replaced or removed) and records left unchanged.</returns>
    private async Task<(long Written, long Deleted, long Unchanged)> WriteAsync(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<IEnumerable<NpgsqlBatchCommand>>> prepare,
        CancellationToken cancellationToken,
        IReadOnlyList<StoredPerson>? written = null)
    {
        try
        {
            return await TransactAsync(prepare, cancellationToken, written).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new InvalidOperationException(
                Describe("refused the write: " + e.MessageText + ". Connect with the writer role (SELECT, INSERT, UPDATE and DELETE on the schema's tables, TEMPORARY on the database)"),
                e);
        }
    }

    private async Task<(long Written, long Deleted, long Unchanged)> TransactAsync(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<IEnumerable<NpgsqlBatchCommand>>> prepare,
        CancellationToken cancellationToken,
        IReadOnlyList<StoredPerson>? written)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        // No command timeout for the batch itself: a batch of many records into a large store legitimately runs for
        // minutes; the cancellation token stops it (and rolls it back). Waiting for the writer lock keeps the
        // connection's Command Timeout.
        await using (var staging = new NpgsqlBatch(connection, transaction) { Timeout = 0 })
        {
            foreach (var command in await prepare(connection, transaction).ConfigureAwait(false))
            {
                staging.BatchCommands.Add(command);
            }

            if (written is null)
            {
                await staging.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return default;
            }

            foreach (var statement in sql.Postings)
            {
                staging.BatchCommands.Add(new NpgsqlBatchCommand(statement));
            }

            await StageBucketsAsync(connection, staging, written, cancellationToken).ConfigureAwait(false);
        }

        if (OnWriteStage is { } staged)
        {
            await staged("staged", connection.ProcessID).ConfigureAwait(false);
        }

        (long, long, long) counts;
        await using (var apply = new NpgsqlBatch(connection, transaction) { Timeout = 0 })
        {
            foreach (var statement in sql.Apply)
            {
                apply.BatchCommands.Add(new NpgsqlBatchCommand(statement));
            }

            await using var reader = await apply.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            counts = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }

        if (OnWriteStage is { } applied)
        {
            await applied("applied", connection.ProcessID).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }

    /// <summary>
    /// Runs the staging and classification statements of <paramref name="staging"/>, whose last two return the
    /// postings to remove (the deleted records' positions and keys) and to add (each written record's batch order and
    /// new position); then reads the buckets they touch, a chunk at a time in bucket order, merges them and copies the
    /// new rows into the staging table of buckets that <see cref="PostgreSqlStatements.Apply"/> writes.
    /// </summary>
    private async Task StageBucketsAsync(NpgsqlConnection connection, NpgsqlBatch staging, IReadOnlyList<StoredPerson> written, CancellationToken cancellationToken)
    {
        // Room for the batch's postings at once: a list grown by doubling to millions of postings copies arrays of the
        // large-object heap several times, and each can start a full garbage collection.
        var added = new List<KeyPosting>(written.Sum(p => p.BlockingKeys.Count));
        var removed = new List<KeyPosting>();
        var buffer = new ulong[64];
        await using (var reader = await staging.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var keys = reader.GetFieldValue<long[]>(1);
                KeyPostings.AddDistinct(Array.ConvertAll(keys, k => unchecked((ulong)k)), reader.GetInt64(0), removed, ref buffer);
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var position = reader.GetInt64(1);
                PostgreSqlBuckets.CheckPosition(position, Describe("cannot grow"));
                KeyPostings.AddDistinct(written[reader.GetInt32(0) - 1].BlockingKeys, position, added, ref buffer);
            }
        }

        var adds = KeyPostings.SortByBucket(added, PostgreSqlBuckets.Bits);
        var removes = KeyPostings.SortByBucket(removed, PostgreSqlBuckets.Bits);
        var changes = KeyPostings.Changes(adds, removes, PostgreSqlBuckets.Bits);
        const int BucketsPerChunk = 65_536;
        for (var start = 0; start < changes.Count; start += BucketsPerChunk)
        {
            var chunk = changes.GetRange(start, Math.Min(BucketsPerChunk, changes.Count - start));
            var stored = new Dictionary<int, PostgreSqlBuckets.BucketRow>(chunk.Count);
            await using (var read = new NpgsqlCommand(sql.ReadBuckets, connection) { CommandTimeout = 0 })
            {
                read.Parameters.Add(new NpgsqlParameter<int[]>("buckets", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = chunk.ConvertAll(c => (int)c.Bucket).ToArray() });
                await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    stored[reader.GetInt32(0)] = new PostgreSqlBuckets.BucketRow(reader.GetFieldValue<long[]>(1), reader.GetFieldValue<int[]>(2));
                }
            }

            await using var importer = await connection.BeginBinaryImportAsync(sql.CopyBuckets, cancellationToken).ConfigureAwait(false);
            foreach (var change in chunk)
            {
                var merged = PostgreSqlBuckets.Merge(stored.GetValueOrDefault((int)change.Bucket), removes.AsSpan()[change.Removed], adds.AsSpan()[change.Added]);
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync((int)change.Bucket, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                if (merged is null)
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }

                await importer.WriteAsync(merged.Keys, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(merged.Positions, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The statement staging a small batch from flattened arrays (one person's keys and terms are slices of them).</summary>
    private NpgsqlBatchCommand StageRows(IReadOnlyList<StoredPerson> batch)
    {
        var n = batch.Count;
        var ids = new string[n];
        var documents = new string[n];
        var prepared = new byte[]?[n];
        var keyFrom = new int[n];
        var keyTo = new int[n];
        var termFrom = new int[n];
        var termTo = new int[n];
        var keys = new List<long>(n * 8);
        var terms = new List<TermValue>(n * 2);
        for (var i = 0; i < n; i++)
        {
            var person = batch[i];
            (ids[i], documents[i], prepared[i]) = (person.Id, person.Document, person.PreparedForm);
            keyFrom[i] = keys.Count + 1;
            keys.AddRange(KeysOf(person));
            keyTo[i] = keys.Count;
            termFrom[i] = terms.Count + 1;
            terms.AddRange(person.Terms);
            termTo[i] = terms.Count;
        }

        var (fields, values) = Flatten(terms);
        var command = new NpgsqlBatchCommand(sql.StageRows);
        command.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ids });
        command.Parameters.Add(new NpgsqlParameter<string[]>("documents", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = documents });
        command.Parameters.Add(new NpgsqlParameter<byte[]?[]>("prepared", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = prepared });
        command.Parameters.Add(new NpgsqlParameter<int[]>("key_from", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = keyFrom });
        command.Parameters.Add(new NpgsqlParameter<int[]>("key_to", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = keyTo });
        command.Parameters.Add(new NpgsqlParameter<int[]>("term_from", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = termFrom });
        command.Parameters.Add(new NpgsqlParameter<int[]>("term_to", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = termTo });
        command.Parameters.Add(new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. keys] });
        command.Parameters.Add(new NpgsqlParameter<int[]>("term_fields", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = fields });
        command.Parameters.Add(new NpgsqlParameter<string[]>("term_values", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = values });
        return command;
    }

    private async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StoredPerson> batch, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(sql.CreateStaging, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var importer = await connection.BeginBinaryImportAsync(sql.Copy, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var person = batch[i];
            var (fields, values) = Flatten(person.Terms);
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(i + 1, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(person.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(person.Document, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            if (person.PreparedForm is { } form)
            {
                await importer.WriteAsync(form, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }

            await importer.WriteAsync(KeysOf(person), NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(fields, NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(values, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
