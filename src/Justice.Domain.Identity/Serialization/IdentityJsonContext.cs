using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Serialization;

/// <summary>Source-generated JSON metadata for the Identity package's public types (models, explanations, results, records).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(MatchModel))]
[JsonSerializable(typeof(MatchComparison))]
[JsonSerializable(typeof(MatchScore))]
[JsonSerializable(typeof(IReadOnlyList<MatchCandidate>))]
[JsonSerializable(typeof(LinkageResult))]
[JsonSerializable(typeof(PairwiseMetrics))]
[JsonSerializable(typeof(PersonRecord))]
[JsonSerializable(typeof(RecordReadResult))]
[JsonSerializable(typeof(BulkResult))]
[JsonSerializable(typeof(BlockingRecall))]
public sealed partial class IdentityJsonContext : JsonSerializerContext
{
}
