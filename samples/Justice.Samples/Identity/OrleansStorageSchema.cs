using Npgsql;

namespace Justice.Samples.Identity;

/// <summary>
/// The Orleans ADO.NET grain storage on PostgreSQL for <c>identity cluster-demo --postgres</c>: installs Orleans'
/// tables and functions (the scripts of <c>eng/orleans</c>, embedded in the CLI) when the database has none, and
/// measures the state the referential's grains stored.
/// </summary>
internal static class OrleansStorageSchema
{
    private static readonly string[] Scripts = ["orleans/PostgreSQL-Main.sql", "orleans/PostgreSQL-Persistence.sql"];

    /// <summary>
    /// Installs the schema when the table <c>orleansstorage</c> is absent from the search path, then deletes the rows
    /// of <paramref name="serviceId"/>: the demonstration starts from an empty referential.
    /// </summary>
    public static async Task PrepareAsync(string connectionString, string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('orleansstorage') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            {
                foreach (var script in Scripts)
                {
                    await using var stream = typeof(OrleansStorageSchema).Assembly.GetManifestResourceStream(script)
                        ?? throw new InvalidOperationException("the CLI lacks its embedded script " + script);
                    using var reader = new StreamReader(stream);
                    await using var run = new NpgsqlCommand(await reader.ReadToEndAsync(cancellationToken), connection);
                    await run.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }

        await using var clear = new NpgsqlCommand("DELETE FROM orleansstorage WHERE serviceid = @service", connection);
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
