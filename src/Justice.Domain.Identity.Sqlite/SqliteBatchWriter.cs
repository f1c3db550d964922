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
    private readonly SqliteCommand find;
    private readonly SqliteCommand deletePerson;
    private readonly SqliteCommand deleteKey;
    private readonly SqliteCommand insertPerson;
    private readonly SqliteCommand insertKey;
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly Dictionary<TermValue, long> termDeltas = [];
    private readonly Dictionary<int, long> totalDeltas = [];
    private readonly List<(long Key, long Sequence)> postings = [];

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        find = SqlitePersonStore.Command(connection, transaction, "SELECT seq, document, keys, terms FROM persons WHERE id = $id", "$id");
        deletePerson = SqlitePersonStore.Command(connection, transaction, "DELETE FROM persons WHERE seq = $seq", "$seq");
        deleteKey = SqlitePersonStore.Command(connection, transaction, "DELETE FROM block_keys WHERE key = $key AND seq = $seq", "$key", "$seq");
        insertPerson = SqlitePersonStore.Command(connection, transaction, "INSERT INTO persons (id, document, keys, terms) VALUES ($id, $document, $keys, $terms) RETURNING seq", "$id", "$document", "$keys", "$terms");
        insertKey = SqlitePersonStore.Command(connection, transaction, "INSERT INTO block_keys (key, seq) VALUES ($key, $seq)", "$key", "$seq");
    }

    public (long Sequence, string Document, ulong[] Keys, TermValue[] Terms)? Find(string id)
    {
        find.Parameters[0].Value = id;
        using var reader = find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return (reader.GetInt64(0), reader.GetString(1), StoredForms.Keys((byte[])reader.GetValue(2)), StoredForms.Terms(reader.GetString(3)));
    }

    public void Delete((long Sequence, string Document, ulong[] Keys, TermValue[] Terms) old)
    {
        deleteKey.Parameters[1].Value = old.Sequence;
        foreach (var key in old.Keys)
        {
            deleteKey.Parameters[0].Value = StoredForms.Signed(key);
            deleteKey.ExecuteNonQuery();
        }

        deletePerson.Parameters[0].Value = old.Sequence;
        deletePerson.ExecuteNonQuery();
        Count(old.Terms, -1);
    }

    public void Insert(StoredPerson person)
    {
        insertPerson.Parameters[0].Value = person.Id;
        insertPerson.Parameters[1].Value = person.Document;
        insertPerson.Parameters[2].Value = StoredForms.Keys(person.BlockingKeys);
        insertPerson.Parameters[3].Value = StoredForms.Terms(person.Terms);
        var sequence = (long)insertPerson.ExecuteScalar()!;
        foreach (var key in person.BlockingKeys.Distinct())
        {
            postings.Add((StoredForms.Signed(key), sequence));
        }

        Count(person.Terms, +1);
    }

    /// <summary>
    /// Writes the batch's postings, in key order (the key index is a B-tree: inserting in its order touches each page
    /// once instead of at random), then its changes of the term counts and totals (a count that falls to 0 is deleted).
    /// </summary>
    public void Flush()
    {
        postings.Sort();
        foreach (var (key, sequence) in postings)
        {
            insertKey.Parameters[0].Value = key;
            insertKey.Parameters[1].Value = sequence;
            insertKey.ExecuteNonQuery();
        }

        postings.Clear();
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
}
