using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Domain.Core.Serialization;

/// <summary>
/// Reads and writes a <see cref="Grade"/> as its <see cref="Grade.Code"/> ("FormerHorsHierarchie", "ThirdGrade"…). Public
/// because the attribute on <see cref="Grade"/> names it and other assemblies' source-generated contexts create it.
/// </summary>
public sealed class GradeJsonConverter : JsonConverter<Grade>
{
    /// <inheritdoc />
    public override Grade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        foreach (var grade in Grade.All)
        {
            if (string.Equals(grade.Code, text, StringComparison.Ordinal))
            {
                return grade;
            }
        }

        throw new JsonException(string.Create(
            CultureInfo.InvariantCulture,
            $"'{text ?? reader.TokenType.ToString()}' is not a valid Grade: expected one of {string.Join(", ", Grade.All.Select(g => g.Code))}."));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Grade value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer);
        writer.WriteStringValue(value.Code);
    }
}
