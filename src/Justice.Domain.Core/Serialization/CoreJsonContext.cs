using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Justice.Domain.Core.Serialization;

/// <summary>
/// Source-generated JSON metadata for Core's public types, with the Justice.Domain conventions. Every package
/// declares its own context the same way: the same <see cref="JsonSourceGenerationOptionsAttribute"/>, listing
/// <see cref="NodaTimeIsoJsonConverterFactory"/> as its one converter.
/// </summary>
/// <example><code>JsonSerializer.Serialize(reference, CoreJsonContext.Default.LegalReference)</code></example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(LegalReference))]
[JsonSerializable(typeof(LegalText))]
[JsonSerializable(typeof(IReadOnlyList<LegalReference>))]
[JsonSerializable(typeof(Grade))]
[JsonSerializable(typeof(GradeHierarchy))]
[JsonSerializable(typeof(LegalDivision))]
[JsonSerializable(typeof(DateVersion<Grade>))]
[JsonSerializable(typeof(DateVersion<GradeHierarchy>))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalDateTime))]
[JsonSerializable(typeof(LocalTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(DateTimeZone))]
public sealed partial class CoreJsonContext : JsonSerializerContext
{
}
