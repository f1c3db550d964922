using System.Text.Json;
using System.Text.Json.Serialization;

namespace Justice.Samples.IdentityScale;

/// <summary>Source-generated JSON for the bulk identity commands' summaries.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(BulkDeduplicationSummary))]
[JsonSerializable(typeof(BlockingAnalysisReport))]
[JsonSerializable(typeof(BulkLinkSummary))]
[JsonSerializable(typeof(IndexStatsSummary))]
[JsonSerializable(typeof(Justice.Samples.Identity.ReferentialStatsSummary))]
internal sealed partial class IdentityScaleJsonContext : JsonSerializerContext
{
}
