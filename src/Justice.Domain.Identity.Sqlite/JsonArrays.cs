using System.Buffers;
using System.Text.Json;

namespace Justice.Domain.Identity.Sqlite;

/// <summary>
/// A list of values as one JSON array, the text parameter a statement reads with <c>json_each</c>: one statement for
/// a list instead of one per value, which costs the driver more than the look-up costs SQLite.
/// </summary>
internal static class JsonArrays
{
    /// <summary>Numbers (positions, buckets) as a JSON array.</summary>
    public static string Of(IEnumerable<long> values) => Write(values, static (writer, value) => writer.WriteNumberValue(value));

    /// <summary>Strings (ids) as a JSON array, each escaped as JSON requires.</summary>
    public static string Of(IEnumerable<string> values) => Write(values, static (writer, value) => writer.WriteStringValue(value));

    private static string Write<T>(IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                write(writer, value);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(json.WrittenSpan);
    }
}
