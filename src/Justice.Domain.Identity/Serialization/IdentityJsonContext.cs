using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linking;
using Justice.Domain.Identity.Model;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Scale;

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
[JsonSerializable(typeof(ReferentialImportSummary))]
[JsonSerializable(typeof(StoreStatistics))]
public sealed partial class IdentityJsonContext : JsonSerializerContext
{
}
