using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Election;
using Justice.Domain.Cav.Grades;
using Justice.Domain.Cav.Representativeness;
using Justice.Domain.Cav.Sittings;
using Justice.Domain.Cav.Validation;
using Justice.Domain.Core.Serialization;

namespace Justice.Domain.Cav.Serialization;

/// <summary>
/// Source-generated JSON metadata for the CAV package's public outcome types, with the Justice.Domain conventions
/// (camelCase, string enums, NodaTime ISO converters).
/// </summary>
/// <example><code>JsonSerializer.Serialize(report, CavJsonContext.Default.CompositionReport)</code></example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(CavCompositionRules))]
[JsonSerializable(typeof(CompositionReport))]
[JsonSerializable(typeof(CavMember))]
[JsonSerializable(typeof(ImmutableArray<CavMember>))]
[JsonSerializable(typeof(ListCheckReport))]
[JsonSerializable(typeof(CandidateList))]
[JsonSerializable(typeof(ElectorDecision))]
[JsonSerializable(typeof(ElectoralRoll))]
[JsonSerializable(typeof(VoteWindow))]
[JsonSerializable(typeof(ImmutableArray<ScheduleIssue>))]
[JsonSerializable(typeof(ImmutableArray<RepresentativenessDecision>))]
[JsonSerializable(typeof(PromotionEligibility))]
[JsonSerializable(typeof(ThirdGradeCapDecision))]
[JsonSerializable(typeof(ProposalTiming))]
[JsonSerializable(typeof(ConvocationDecision))]
[JsonSerializable(typeof(RepresentativeElectionResult))]
public sealed partial class CavJsonContext : JsonSerializerContext
{
}
