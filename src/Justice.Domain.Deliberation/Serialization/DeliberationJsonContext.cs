using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Serialization;

/// <summary>
/// Source-generated JSON metadata for the Deliberation outcomes, with the Justice.Domain conventions
/// (camelCase, string enums, NodaTime ISO converters).
/// </summary>
/// <example><code>JsonSerializer.Serialize(outcome, DeliberationJsonContext.Default.ApportionmentOutcome)</code></example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(ApportionmentOutcome))]
[JsonSerializable(typeof(MotionOutcome))]
[JsonSerializable(typeof(ElectionOutcome))]
[JsonSerializable(typeof(LotDraw))]
[JsonSerializable(typeof(TieResolution))]
[JsonSerializable(typeof(ApportionmentMethod))]
public sealed partial class DeliberationJsonContext : JsonSerializerContext
{
}
