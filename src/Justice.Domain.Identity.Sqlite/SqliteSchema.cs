using Microsoft.Data.Sqlite;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>Creates the referential's schema on first use and refuses a schema newer than <see cref="SqlitePersonStore.SchemaVersion"/>.</summary>
internal static class SqliteSchema
{
    /// <summary>The row of <c>totals</c> that counts the records (term fields are 0 or more).</summary>
    public const int RecordsField = -1;

    private const string Create = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE persons (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            document TEXT NOT NULL,
            prepared BLOB,
            keys BLOB NOT NULL,
            terms TEXT NOT NULL);
        CREATE TABLE block_buckets (bucket INTEGER PRIMARY KEY, postings BLOB NOT NULL);
        CREATE TABLE term_counts (field INTEGER NOT NULL, value TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (field, value)) WITHOUT ROWID;
        CREATE TABLE totals (field INTEGER PRIMARY KEY, total INTEGER NOT NULL);
        CREATE TABLE model (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL, document TEXT NOT NULL);
        CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    /// <summary>
    /// Checks the schema of the file, or creates it in a new file with pages of <paramref name="pageSize"/> bytes (an
    /// existing file keeps its page size: SQLite applies it only to a file without tables) and write-ahead logging.
    /// </summary>
    public static async Task EnsureAsync(SqliteConnection connection, string store, int pageSize, CancellationToken cancellationToken)
    {
        await using (var size = SqlitePersonStore.Command(connection, null, FormattableString.Invariant($"PRAGMA page_size = {pageSize}")))
        {
            await size.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Write-ahead logging is a property of the file: set once, it holds for every later connection.
        await using (var wal = SqlitePersonStore.Command(connection, null, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var tables = SqlitePersonStore.Command(connection, transaction, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    names.Add(reader.GetString(0));
                }
            }

            if (names.Contains("schema_version"))
            {
                await CheckVersionAsync(connection, transaction, store, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return;
            }

            if (names.Count(n => !n.StartsWith("sqlite_", StringComparison.Ordinal)) > 0)
            {
                throw new InvalidOperationException("SQLite referential '" + store + "': the file holds other tables and no referential schema: give the path of a referential file or of a new one");
            }
        }

        await using (var create = SqlitePersonStore.Command(connection, transaction, Create))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var version = SqlitePersonStore.Command(connection, transaction, "INSERT INTO schema_version (version) VALUES ($version)", "$version"))
        {
            version.Parameters[0].Value = SqlitePersonStore.SchemaVersion;
            await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CheckVersionAsync(SqliteConnection connection, SqliteTransaction transaction, string store, CancellationToken cancellationToken)
    {
        await using var read = SqlitePersonStore.Command(connection, transaction, "SELECT max(version) FROM schema_version");
        var found = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : 0;
        if (found > SqlitePersonStore.SchemaVersion)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"SQLite referential '{store}': its schema is version {found}, newer than version {SqlitePersonStore.SchemaVersion} that this Justice.Domain.Identity.Sqlite reads: update the package"));
        }

        if (found == 2)
        {
            // Version 2 differs only by the prepared forms: the column is added empty (Find prepares those records
            // from their documents), and importing the same records again fills it without changing them.
            await using var upgrade = SqlitePersonStore.Command(connection, transaction, "ALTER TABLE persons ADD COLUMN prepared BLOB; UPDATE schema_version SET version = 3");
            await upgrade.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (found is >= 1 and < SqlitePersonStore.SchemaVersion)
        {
            throw new InvalidOperationException(FormattableString.Invariant(
                $"SQLite referential '{store}': its schema is version {found}, older than version {SqlitePersonStore.SchemaVersion} that this Justice.Domain.Identity.Sqlite reads, and no migration from it exists: import the records into a new file"));
        }

        if (found < 1)
        {
            throw new InvalidOperationException("SQLite referential '" + store + "': its schema_version table holds no version: the file was not written by this package");
        }
    }
}
