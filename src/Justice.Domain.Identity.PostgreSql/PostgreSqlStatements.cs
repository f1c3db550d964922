using System.Text.RegularExpressions;

namespace Justice.Domain.Identity.PostgreSql;

/// <summary>
/// The SQL of a <see cref="PostgreSqlPersonStore"/>, for one schema. The schema name is the only text put into a
/// statement, after it has been checked as a plain identifier and quoted; every value goes in as a parameter.
/// </summary>
internal sealed partial class PostgreSqlStatements
{
    /// <summary>The temporary tables of a write, dropped at its commit or rollback.</summary>
    private const string Staging = "justice_referential_staging", Old = "justice_referential_old", New = "justice_referential_new", Delta = "justice_referential_term_delta", Buckets = "justice_referential_buckets";

    private const string StagingColumns = "ord integer, id text, document text, prepared bytea, keys bigint[], term_fields integer[], term_values text[]";

    public PostgreSqlStatements(string schema)
    {
        if (!Identifier().IsMatch(schema))
        {
            throw new ArgumentException(
                "the schema name must be a plain PostgreSQL identifier: a lowercase letter or an underscore, then lowercase letters, digits or underscores, 63 characters at most",
                nameof(schema));
        }

        Schema = schema;
        var s = "\"" + schema + "\"";
        Persons = s + ".persons";
        BlockBuckets = s + ".block_buckets";
        TermCounts = s + ".term_counts";
        Totals = s + ".totals";
        State = s + ".store_state";
        Model = s + ".model";
        Version = s + ".schema_version";
        Settings = s + ".settings";
        Create =
        [
            $"CREATE TABLE {Version} (version integer NOT NULL)",
            $"""
            CREATE TABLE {Persons} (
                seq bigint PRIMARY KEY,
                id text NOT NULL UNIQUE,
                document text NOT NULL,
                prepared bytea,
                keys bigint[] NOT NULL,
                term_fields integer[] NOT NULL,
                term_values text[] NOT NULL)
            """,
            $"CREATE TABLE {BlockBuckets} (bucket integer PRIMARY KEY, keys bigint[] NOT NULL, seqs integer[] NOT NULL)",
            $"CREATE TABLE {TermCounts} (field integer NOT NULL, value text NOT NULL, count bigint NOT NULL, PRIMARY KEY (field, value))",
            $"CREATE TABLE {Totals} (field integer PRIMARY KEY, total bigint NOT NULL)",
            $"""
            CREATE TABLE {State} (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                next_sequence bigint NOT NULL,
                records bigint NOT NULL)
            """,
            $"""
            CREATE TABLE {Model} (
                singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
                version integer NOT NULL,
                document text NOT NULL)
            """,
            $"CREATE TABLE {Settings} (name text PRIMARY KEY, value text NOT NULL)",
            $"INSERT INTO {State} (next_sequence, records) VALUES (1, 0)",
            $"INSERT INTO {Version} (version) VALUES (@version)",
        ];

        StageRows = $"""
            CREATE TEMP TABLE {Staging} ON COMMIT DROP AS
            SELECT u.ord::integer AS ord, u.id, u.document, u.prepared,
                   (@keys::bigint[])[u.key_from:u.key_to] AS keys,
                   (@term_fields::integer[])[u.term_from:u.term_to] AS term_fields,
                   (@term_values::text[])[u.term_from:u.term_to] AS term_values
            FROM unnest(@ids::text[], @documents::text[], @prepared::bytea[], @key_from::integer[], @key_to::integer[], @term_from::integer[], @term_to::integer[])
                 WITH ORDINALITY AS u(id, document, prepared, key_from, key_to, term_from, term_to, ord)
            """;
        CreateStaging = $"CREATE TEMP TABLE {Staging} ({StagingColumns}) ON COMMIT DROP";
        Copy = $"COPY {Staging} (ord, id, document, prepared, keys, term_fields, term_values) FROM STDIN (FORMAT BINARY)";
        ClassifyUpsert =
        [
            // Statistics of the fresh staging table, so the planner joins it to persons by the id index.
            $"ANALYZE {Staging}",
            $"""
            CREATE TEMP TABLE {Old} ON COMMIT DROP AS
            SELECT s.ord, p.seq, p.keys, p.term_fields, p.term_values, p.document = s.document AS same
            FROM {Staging} s JOIN {Persons} p ON p.id = s.id
            """,
            $"""
            CREATE TEMP TABLE {New} ON COMMIT DROP AS
            SELECT s.ord, (st.next_sequence + row_number() OVER (ORDER BY s.ord) - 1)::bigint AS seq
            FROM {Staging} s CROSS JOIN {State} st
            WHERE NOT EXISTS (SELECT 1 FROM {Old} o WHERE o.ord = s.ord AND o.same)
            """,
            // An unchanged record takes the prepared form given with it: a form is stamped with the build that wrote
            // it, and a form of another build is not read, so without this every upgrade would leave Find preparing
            // documents.
            $"""
            UPDATE {Persons} p SET prepared = s.prepared
            FROM {Old} o JOIN {Staging} s ON s.ord = o.ord
            WHERE o.same AND p.seq = o.seq AND p.prepared IS DISTINCT FROM s.prepared
            """,
        ];
        ClassifyRemove =
        [
            $"""
            CREATE TEMP TABLE {Old} ON COMMIT DROP AS
            SELECT 0 AS ord, p.seq, p.keys, p.term_fields, p.term_values, false AS same
            FROM {Persons} p WHERE p.id = ANY(@ids::text[])
            """,
            $"CREATE TEMP TABLE {New} (ord integer, seq bigint) ON COMMIT DROP",
            // Empty: the statements applying a write join the records written to it.
            $"CREATE TEMP TABLE {Staging} ({StagingColumns}) ON COMMIT DROP",
        ];
        Postings =
        [
            $"CREATE TEMP TABLE {Buckets} (bucket integer, keys bigint[], seqs integer[]) ON COMMIT DROP",
            $"SELECT o.seq, o.keys FROM {Old} o WHERE NOT o.same",
            $"SELECT n.ord, n.seq FROM {New} n",
        ];
        ReadBuckets = $"SELECT bucket, keys, seqs FROM {BlockBuckets} WHERE bucket = ANY(@buckets)";
        CopyBuckets = $"COPY {Buckets} (bucket, keys, seqs) FROM STDIN (FORMAT BINARY)";
        Apply =
        [
            $"DELETE FROM {BlockBuckets} b USING {Buckets} n WHERE b.bucket = n.bucket AND n.keys IS NULL",
            // In bucket order: the primary key's pages are then visited in order, once each, rather than at random.
            $"""
            INSERT INTO {BlockBuckets} AS b (bucket, keys, seqs)
            SELECT bucket, keys, seqs FROM {Buckets} WHERE keys IS NOT NULL ORDER BY bucket
            ON CONFLICT (bucket) DO UPDATE SET keys = excluded.keys, seqs = excluded.seqs
            """,
            $"DELETE FROM {Persons} p USING {Old} o WHERE p.seq = o.seq AND NOT o.same",
            $"INSERT INTO {Persons} (seq, id, document, prepared, keys, term_fields, term_values) SELECT n.seq, s.id, s.document, s.prepared, s.keys, s.term_fields, s.term_values FROM {New} n JOIN {Staging} s ON s.ord = n.ord",
            $"""
            CREATE TEMP TABLE {Delta} ON COMMIT DROP AS
            SELECT d.field, d.value, sum(d.n)::bigint AS n
            FROM (
                SELECT u.field, u.value, -1 AS n FROM {Old} o CROSS JOIN LATERAL unnest(o.term_fields, o.term_values) AS u(field, value) WHERE NOT o.same
                UNION ALL
                SELECT u.field, u.value, 1 AS n FROM {New} w JOIN {Staging} s ON s.ord = w.ord CROSS JOIN LATERAL unnest(s.term_fields, s.term_values) AS u(field, value)
            ) d
            GROUP BY d.field, d.value
            HAVING sum(d.n) <> 0
            """,
            $"""
            INSERT INTO {TermCounts} AS c (field, value, count) SELECT field, value, n FROM {Delta}
            ON CONFLICT (field, value) DO UPDATE SET count = c.count + excluded.count
            """,
            $"DELETE FROM {TermCounts} c USING {Delta} d WHERE c.field = d.field AND c.value = d.value AND c.count = 0",
            $"""
            INSERT INTO {Totals} AS t (field, total) SELECT field, sum(n)::bigint FROM {Delta} GROUP BY field
            ON CONFLICT (field) DO UPDATE SET total = t.total + excluded.total
            """,
            $"""
            UPDATE {State} SET
                next_sequence = next_sequence + (SELECT count(*) FROM {New}),
                records = records + (SELECT count(*) FROM {New}) - (SELECT count(*) FROM {Old} WHERE NOT same)
            """,
            $"""
            SELECT (SELECT count(*) FROM {New}) AS written,
                   (SELECT count(*) FROM {Old} WHERE NOT same) AS deleted,
                   (SELECT count(*) FROM {Old} WHERE same) AS unchanged
            """,
        ];

        // One statement, so one snapshot: the candidates by ascending position, then one row of counts. A key's block
        // is the positions at the indexes where its bucket's row holds it (array_positions); a block larger than the
        // key's largest cap is skipped. The bucket and person look-ups end in OFFSET 0 so that each stays one
        // primary-key look-up whatever the planner's statistics say (they lag behind a bulk import).
        Fetch = $"""
            WITH q AS (
                SELECT q.key, max(q.cap) AS cap, min(q.bucket) AS bucket
                FROM unnest(@keys::bigint[], @caps::integer[], @buckets::integer[]) AS q(key, cap, bucket)
                GROUP BY q.key),
            held AS (
                SELECT b.seqs, h.at
                FROM q
                CROSS JOIN LATERAL (SELECT b.keys, b.seqs FROM {BlockBuckets} b WHERE b.bucket = q.bucket OFFSET 0) AS b
                CROSS JOIN LATERAL (SELECT array_positions(b.keys, q.key) AS at) AS h
                WHERE cardinality(h.at) BETWEEN 1 AND q.cap),
            found AS (
                SELECT DISTINCT h.seqs[a.i]::bigint AS seq FROM held h CROSS JOIN LATERAL unnest(h.at) AS a(i)),
            fields AS (
                SELECT DISTINCT f.field FROM unnest(@term_fields::integer[]) AS f(field))
            SELECT p.seq, p.id, p.document, p.prepared, NULL::bigint[] AS term_counts, NULL::integer[] AS total_fields, NULL::bigint[] AS totals, NULL::bigint AS records
            FROM found f CROSS JOIN LATERAL (SELECT p.seq, p.id, p.document, p.prepared FROM {Persons} p WHERE p.seq = f.seq OFFSET 0) AS p
            UNION ALL
            SELECT NULL, NULL, NULL, NULL,
                (SELECT coalesce(array_agg(coalesce(c.count, 0) ORDER BY t.ord), ARRAY[]::bigint[])
                 FROM unnest(@term_fields::integer[], @term_values::text[]) WITH ORDINALITY AS t(field, value, ord)
                 LEFT JOIN {TermCounts} c ON c.field = t.field AND c.value = t.value),
                (SELECT coalesce(array_agg(f.field ORDER BY f.field), ARRAY[]::integer[]) FROM fields f),
                (SELECT coalesce(array_agg(coalesce(tt.total, 0) ORDER BY f.field), ARRAY[]::bigint[]) FROM fields f LEFT JOIN {Totals} tt ON tt.field = f.field),
                (SELECT records FROM {State})
            ORDER BY 1 NULLS LAST
            """;
        ReadAll = $"SELECT seq, id, document, prepared FROM {Persons} ORDER BY seq";
        ReadModel = $"SELECT document FROM {Model}";
        SaveModel = $"""
            INSERT INTO {Model} AS m (version, document) VALUES (@version, @document)
            ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, document = excluded.document
            """;
        ReadSetting = $"SELECT value FROM {Settings} WHERE name = @name";
        SaveSetting = $"""
            INSERT INTO {Settings} AS s (name, value) VALUES (@name, @value)
            ON CONFLICT (name) DO UPDATE SET value = excluded.value
            """;
        Statistics = $"""
            SELECT (SELECT records FROM {State}),
                   (SELECT coalesce(sum(cardinality(seqs)), 0)::bigint FROM {BlockBuckets}),
                   (SELECT coalesce(sum((SELECT count(DISTINCT k) FROM unnest(b.keys) AS k)), 0)::bigint FROM {BlockBuckets} b),
                   (SELECT version FROM {Model})
            """;
        ReadVersion = $"SELECT version FROM {Version}";
        CreateSchema = $"CREATE SCHEMA {s}";
        VersionTableExists = "SELECT to_regclass(@table) IS NOT NULL";
        VersionTableName = s + ".schema_version";
    }

    /// <summary>The schema name, unquoted.</summary>
    public string Schema { get; }

    public string Persons { get; }

    public string BlockBuckets { get; }

    public string TermCounts { get; }

    public string Totals { get; }

    public string State { get; }

    public string Model { get; }

    public string Version { get; }

    public string Settings { get; }

    /// <summary>Creates the schema (run only when it is absent: an owner of an existing schema need not be allowed to create schemas).</summary>
    public string CreateSchema { get; }

    /// <summary>Whether the schema @schema exists.</summary>
    public string SchemaExists { get; } = "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)";

    /// <summary>The statements creating the tables, in order (the last takes @version).</summary>
    public IReadOnlyList<string> Create { get; }

    /// <summary>Fills the staging table from flattened arrays given as parameters (a batch under the COPY threshold).</summary>
    public string StageRows { get; }

    /// <summary>Creates the empty staging table a binary COPY fills.</summary>
    public string CreateStaging { get; }

    /// <summary>The binary COPY into the staging table.</summary>
    public string Copy { get; }

    /// <summary>Sorts a staged upsert into the records it deletes (replaced or unchanged) and the records it writes.</summary>
    public IReadOnlyList<string> ClassifyUpsert { get; }

    /// <summary>Sorts a removal (@ids) into the records it deletes, with nothing to write.</summary>
    public IReadOnlyList<string> ClassifyRemove { get; }

    /// <summary>
    /// After a classification: creates the table of the buckets to write, then returns the positions and keys of the
    /// records deleted, then the batch order and new position of each record written.
    /// </summary>
    public IReadOnlyList<string> Postings { get; }

    /// <summary>Reads the rows of the buckets @buckets.</summary>
    public string ReadBuckets { get; }

    /// <summary>The binary COPY of the buckets to write (keys null: the bucket is left empty and deleted).</summary>
    public string CopyBuckets { get; }

    /// <summary>Applies a classified write: buckets, records, term counts, totals and state; the last statement returns the counts.</summary>
    public IReadOnlyList<string> Apply { get; }

    public string Fetch { get; }

    public string ReadAll { get; }

    public string ReadModel { get; }

    public string SaveModel { get; }

    public string ReadSetting { get; }

    public string SaveSetting { get; }

    public string Statistics { get; }

    public string ReadVersion { get; }

    /// <summary>Whether @table (a qualified name) exists.</summary>
    public string VersionTableExists { get; }

    /// <summary>The version table's qualified name, as <see cref="VersionTableExists"/> takes it.</summary>
    public string VersionTableName { get; }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
