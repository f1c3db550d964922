using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Justice.Domain.Core.Serialization;

/// <summary>Reads and writes a <see cref="DateTimeZone"/> as its IANA (TZDB) identifier, for example "Europe/Paris".</summary>
internal sealed class DateTimeZoneJsonConverter : JsonConverter<DateTimeZone>
{
    /// <inheritdoc />
    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Expected a JSON string holding an IANA time zone id (e.g. Europe/Paris), found {reader.TokenType}."));
        }

        var id = reader.GetString()!;
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'{id}' is not a valid DateTimeZone: expected an IANA time zone id such as Europe/Paris."));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        Guard.NotNull(value);
        writer.WriteStringValue(value.Id);
    }
}
