using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;

namespace Justice.Domain.Core.Serialization;

/// <summary>
/// Base of the ISO converters: writes a NodaTime value as a JSON string with a NodaTime pattern and reads
/// it back, rejecting a malformed value with a <see cref="JsonException"/> that quotes the value and the
/// expected format.
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaPatternJsonConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> pattern;
    private readonly string expectedFormat;

    /// <summary>Creates a converter with the pattern used both ways.</summary>
    /// <param name="pattern">The NodaTime pattern.</param>
    /// <param name="expectedFormat">The format in words, quoted in error messages ("ISO 8601 date yyyy-MM-dd").</param>
    protected NodaPatternJsonConverter(IPattern<T> pattern, string expectedFormat)
    {
        this.pattern = Guard.NotNull(pattern);
        this.expectedFormat = Guard.NotBlank(expectedFormat);
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"Expected a JSON string in the format {expectedFormat} for {typeof(T).Name}, found {reader.TokenType}."));
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        if (!result.Success)
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a valid {typeof(T).Name}: expected the format {expectedFormat}."), result.Exception);
        }

        return result.Value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(pattern.Format(value));
    }
}
