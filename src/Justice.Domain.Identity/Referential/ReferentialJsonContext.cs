using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;

namespace Justice.Domain.Identity.Referential;

/// <summary>
/// Source-generated JSON metadata for the referential's reports (<see cref="ReferentialImportSummary"/>,
/// <see cref="StoreStatistics"/>), with the same conventions as <see cref="Serialization.IdentityJsonContext"/>
/// (camelCase, enums as strings, NodaTime dates in ISO form).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(ReferentialImportSummary))]
[JsonSerializable(typeof(StoreStatistics))]
public sealed partial class ReferentialJsonContext : JsonSerializerContext
{
}
