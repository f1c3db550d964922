using Npgsql;

namespace Justice.Samples.Identity;

/// <summary>
/// The Orleans ADO.NET grain storage and membership on PostgreSQL for <c>identity cluster-demo --postgres</c>: installs
/// Orleans' tables and functions (the scripts of <c>eng/orleans</c>, embedded in the CLI) when the database has none,
/// and measures the state the referential's grains stored.
/// </summary>
internal static class OrleansStorageSchema
{
    // Each script with the table it creates: main (the queries every provider reads), grain storage, membership.
    private static readonly (string Script, string Table)[] Scripts =
    [
        ("orleans/PostgreSQL-Main.sql", "orleansquery"),
        ("orleans/PostgreSQL-Persistence.sql", "orleansstorage"),
        ("orleans/PostgreSQL-Clustering.sql", "orleansmembershiptable"),
    ];

    /// <summary>
    /// Runs each script whose table is absent from the search path, then deletes the stored state of
    /// <paramref name="serviceId"/> and the membership of earlier demonstrations: the demonstration starts from an
    /// empty referential (one demonstration at a time on a database).
    /// </summary>
    public static async Task PrepareAsync(string connectionString, string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var (script, table) in Scripts)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
            exists.Parameters.AddWithValue("table", table);
            if ((bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                continue;
            }

            await using var stream = typeof(OrleansStorageSchema).Assembly.GetManifestResourceStream(script)
                ?? throw new InvalidOperationException("the CLI lacks its embedded script " + script);
            using var reader = new StreamReader(stream);
            await using var run = new NpgsqlCommand(await reader.ReadToEndAsync(cancellationToken), connection);
            await run.ExecuteNonQueryAsync(cancellationToken);
        }

        // The membership of earlier demonstrations (a cluster id per run, its silos all stopped) goes with them.
        await using var clear = new NpgsqlCommand(
            """
            DELETE FROM orleansstorage WHERE serviceid = @service;
            DELETE FROM orleansmembershiptable WHERE deploymentid LIKE 'cluster-demo-%';
            DELETE FROM orleansmembershipversiontable WHERE deploymentid LIKE 'cluster-demo-%';
            """,
            connection);
        clear.Parameters.AddWithValue("service", serviceId);
        await clear.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The stored state of <paramref name="serviceId"/>'s grains: count, total bytes and the largest, per grain type.</summary>
    public static async Task<IReadOnlyList<(string GrainType, long Grains, long Bytes, long Largest)>> SizesAsync(string connectionString, string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT graintypestring, count(*), sum(octet_length(payloadbinary)), max(octet_length(payloadbinary)) FROM orleansstorage WHERE serviceid = @service GROUP BY 1 ORDER BY 1",
            connection);
        command.Parameters.AddWithValue("service", serviceId);
        var sizes = new List<(string, long, long, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sizes.Add((reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? 0 : Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(3) ? 0 : reader.GetInt32(3)));
        }

        return sizes;
    }
}
