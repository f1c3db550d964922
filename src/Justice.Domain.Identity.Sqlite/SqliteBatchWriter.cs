using Justice.Domain.Identity.Referential;
using Microsoft.Data.Sqlite;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// The statements of one write transaction, prepared once and run per record; the term counts and totals change in
/// memory, and the postings and counts are written once per batch (<see cref="Flush"/>). SQLite runs in the process, so its calls are
/// synchronous underneath; the store's public methods stay asynchronous for the callers' sake.
/// </summary>
internal sealed class SqliteBatchWriter
{
    /// <summary>
    /// Ids or buckets looked up per statement, as one JSON array joined to their index: a statement per value costs
    /// the driver more than the look-up costs SQLite.
    /// </summary>
    private const int ListedPerStatement = 5_000;

    private readonly SqliteCommand find;
    private readonly SqliteCommand deletePerson;
    private readonly SqliteCommand insertPerson;
    private readonly SqliteCommand updatePrepared;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly string store;
    private readonly Dictionary<TermValue, long> termDeltas = [];
    private readonly Dictionary<int, long> totalDeltas = [];
    private readonly List<KeyPosting> added = [];
    private readonly List<KeyPosting> removed = [];
    private ulong[] keyBuffer = new ulong[64];
    private long lastSequence;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, string store)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.store = store;
        find = SqlitePersonStore.Command(connection, transaction, "SELECT j.key, p.seq, p.document, p.prepared, p.keys, p.terms FROM json_each($ids) j JOIN persons p ON p.id = j.value", "$ids");
        updatePrepared = SqlitePersonStore.Command(connection, transaction, "UPDATE persons SET prepared = $prepared WHERE seq = $seq", "$prepared", "$seq");
        deletePerson = SqlitePersonStore.Command(connection, transaction, "DELETE FROM persons WHERE seq = $seq", "$seq");
        insertPerson = SqlitePersonStore.Command(connection, transaction, "INSERT INTO persons (seq, id, document, prepared, keys, terms) VALUES ($seq, $id, $document, $prepared, $keys, $terms)", "$seq", "$id", "$document", "$prepared", "$keys", "$terms");

        // Positions are given here, in the order of the batch, after the largest ever taken (the table's AUTOINCREMENT
        // counter, which the inserts move on): one statement per record without reading its position back.
        using var last = SqlitePersonStore.Command(
            connection, transaction, "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'persons'), 0), coalesce((SELECT max(seq) FROM persons), 0))");
        lastSequence = (long)last.ExecuteScalar()!;
    }

    /// <summary>
    /// The stored row of each of <paramref name="ids"/> (distinct), by position (null when the id is not stored), read
    /// a few thousand ids per statement: one statement per record costs the driver more than the look-up costs SQLite.
    /// A row is matched to its id by the id's position in the statement's array, never by the id read back, so that an
    /// id SQLite stores differently from the string given (an unpaired surrogate becomes U+FFFD) is still found.
    /// </summary>
    public StoredRow?[] FindAll(IReadOnlyList<string> ids)
    {
        var found = new StoredRow?[ids.Count];
        for (var start = 0; start < ids.Count; start += ListedPerStatement)
        {
            find.Parameters[0].Value = JsonArrays.Of(ids.Skip(start).Take(ListedPerStatement));
            using var reader = find.ExecuteReader();
            while (reader.Read())
            {
                found[start + reader.GetInt32(0)] = new StoredRow(
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.IsDBNull(3) ? null : (byte[])reader.GetValue(3),
                    (byte[])reader.GetValue(4),
                    reader.GetString(5));
            }
        }

        return found;
    }

    /// <summary>Removes a stored row, its postings and its term counts.</summary>
    public void Delete(StoredRow old)
    {
        KeyPostings.AddDistinct(StoredForms.Keys(old.Keys), old.Sequence, removed, ref keyBuffer);

        deletePerson.Parameters[0].Value = old.Sequence;
        deletePerson.ExecuteNonQuery();
        Count(StoredForms.Terms(old.Terms), -1);
    }

    /// <summary>
    /// Gives a stored row whose document is unchanged the prepared form of this build when it holds another (a form
    /// is stamped with the build that wrote it, and a form of another build is not read).
    /// </summary>
    public void RefreshPrepared(StoredRow old, byte[]? prepared)
    {
        if ((old.Prepared is null) == (prepared is null) && old.Prepared.AsSpan().SequenceEqual(prepared))
        {
            return;
        }

        updatePrepared.Parameters[0].Value = prepared ?? (object)DBNull.Value;
        updatePrepared.Parameters[1].Value = old.Sequence;
        updatePrepared.ExecuteNonQuery();
    }

    /// <summary>
    /// Makes room for a batch's postings at once: a list grown by doubling to tens of millions of postings allocates
    /// and copies arrays of the large-object heap several times over, and each such allocation can start a full
    /// garbage collection.
    /// </summary>
    public void Reserve(int postings) => added.EnsureCapacity(postings);

    public void Insert(StoredPerson person)
    {
        var sequence = lastSequence + 1;
        PostingBuckets.CheckPosition(sequence, store);
        insertPerson.Parameters[0].Value = sequence;
        insertPerson.Parameters[1].Value = person.Id;
        insertPerson.Parameters[2].Value = person.Document;
        insertPerson.Parameters[3].Value = person.PreparedForm ?? (object)DBNull.Value;
        insertPerson.Parameters[4].Value = StoredForms.Keys(person.BlockingKeys);
        insertPerson.Parameters[5].Value = StoredForms.Terms(person.Terms);
        insertPerson.ExecuteNonQuery();
        lastSequence = sequence;
        KeyPostings.AddDistinct(person.BlockingKeys, sequence, added, ref keyBuffer);
        Count(person.Terms, +1);
    }

    /// <summary>
    /// Writes the batch's postings, each bucket it touches read and written once, in bucket order (the bucket table is
    /// a B-tree: visiting it in its order touches each page once instead of at random), then its changes of the term
    /// counts and totals (a count that falls to 0 is deleted).
    /// </summary>
    public void Flush()
    {
        WritePostings();
        using var term = SqlitePersonStore.Command(
            connection,
            transaction,
            "INSERT INTO term_counts (field, value, count) VALUES ($field, $value, $delta) ON CONFLICT (field, value) DO UPDATE SET count = count + excluded.count",
            "$field",
            "$value",
            "$delta");
        using var drop = SqlitePersonStore.Command(connection, transaction, "DELETE FROM term_counts WHERE field = $field AND value = $value AND count <= 0", "$field", "$value");
        foreach (var (value, delta) in termDeltas)
        {
            if (delta == 0)
            {
                continue;
            }

            term.Parameters[0].Value = value.Field;
            term.Parameters[1].Value = value.Value;
            term.Parameters[2].Value = delta;
            term.ExecuteNonQuery();
            if (delta < 0)
            {
                drop.Parameters[0].Value = value.Field;
                drop.Parameters[1].Value = value.Value;
                drop.ExecuteNonQuery();
            }
        }

        using var total = SqlitePersonStore.Command(
            connection,
            transaction,
            "INSERT INTO totals (field, total) VALUES ($field, $delta) ON CONFLICT (field) DO UPDATE SET total = total + excluded.total",
            "$field",
            "$delta");
        foreach (var (field, delta) in totalDeltas)
        {
            if (delta != 0)
            {
                total.Parameters[0].Value = field;
                total.Parameters[1].Value = delta;
                total.ExecuteNonQuery();
            }
        }

        termDeltas.Clear();
        totalDeltas.Clear();
    }

    private void Count(IReadOnlyList<TermValue> terms, int sign)
    {
        foreach (var term in terms)
        {
            termDeltas[term] = termDeltas.GetValueOrDefault(term) + sign;
            totalDeltas[term.Field] = totalDeltas.GetValueOrDefault(term.Field) + sign;
        }

        totalDeltas[SqliteSchema.RecordsField] = totalDeltas.GetValueOrDefault(SqliteSchema.RecordsField) + sign;
    }

    private void WritePostings()
    {
        if (added.Count == 0 && removed.Count == 0)
        {
            return;
        }

        ReadOnlySpan<KeyPosting> adds = KeyPostings.SortByBucket(added, PostingBuckets.Bits);
        ReadOnlySpan<KeyPosting> removes = KeyPostings.SortByBucket(removed, PostingBuckets.Bits);

        using var read = SqlitePersonStore.Command(connection, transaction, "SELECT b.bucket, b.postings FROM json_each($buckets) j JOIN block_buckets b ON b.bucket = j.value", "$buckets");
        using var write = SqlitePersonStore.Command(
            connection,
            transaction,
            "INSERT INTO block_buckets (bucket, postings) VALUES ($bucket, $postings) ON CONFLICT (bucket) DO UPDATE SET postings = excluded.postings",
            "$bucket",
            "$postings");
        using var delete = SqlitePersonStore.Command(connection, transaction, "DELETE FROM block_buckets WHERE bucket = $bucket", "$bucket");
        var changes = KeyPostings.Changes(adds, removes, PostingBuckets.Bits);
        var stored = new Dictionary<long, byte[]>(ListedPerStatement);
        for (var start = 0; start < changes.Count; start += ListedPerStatement)
        {
            // The chunk's stored buckets in one statement, read before any of them is written.
            var chunk = changes.Skip(start).Take(ListedPerStatement).ToArray();
            stored.Clear();
            read.Parameters[0].Value = JsonArrays.Of(chunk.Select(c => c.Bucket));
            using (var reader = read.ExecuteReader())
            {
                while (reader.Read())
                {
                    stored[reader.GetInt64(0)] = (byte[])reader.GetValue(1);
                }
            }

            foreach (var change in chunk)
            {
                var merged = PostingBuckets.Merge(stored.GetValueOrDefault(change.Bucket, []), removes[change.Removed], adds[change.Added]);
                if (merged.Length == 0)
                {
                    delete.Parameters[0].Value = change.Bucket;
                    delete.ExecuteNonQuery();
                }
                else
                {
                    write.Parameters[0].Value = change.Bucket;
                    write.Parameters[1].Value = merged;
                    write.ExecuteNonQuery();
                }
            }
        }

        added.Clear();
        removed.Clear();
    }

    /// <summary>A stored row as read: its keys and terms are decoded only when the row is removed.</summary>
    internal sealed record StoredRow(long Sequence, string Document, byte[]? Prepared, byte[] Keys, string Terms);
}
