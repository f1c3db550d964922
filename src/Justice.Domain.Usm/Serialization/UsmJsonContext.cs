using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Core.Serialization;
using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Regions;

namespace Justice.Domain.Usm.Serialization;

/// <summary>
/// Source-generated JSON metadata for the USM package's scenarios and outcomes, with the Justice.Domain conventions
/// (camelCase, string enums, NodaTime ISO converters).
/// </summary>
/// <example><code>JsonSerializer.Serialize(outcome, UsmJsonContext.Default.ElectoralAssemblyOutcome)</code></example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(ElectoralAssemblyScenario))]
[JsonSerializable(typeof(ElectoralAssemblyOutcome))]
[JsonSerializable(typeof(CalendarReport))]
[JsonSerializable(typeof(UnionMember))]
[JsonSerializable(typeof(MembershipRecord))]
[JsonSerializable(typeof(MembershipState))]
[JsonSerializable(typeof(RegionalUnionAttachment))]
[JsonSerializable(typeof(BureauCompositionCheck))]
[JsonSerializable(typeof(CandidacyDecision))]
[JsonSerializable(typeof(RuleVerdict))]
public sealed partial class UsmJsonContext : JsonSerializerContext
{
}
