using System.Text.Json;
using System.Text.Json.Serialization;
using Justice.Domain.Allocation.Caps;
using Justice.Domain.Allocation.Comparison;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Validation;
using Justice.Domain.Allocation.WhatIf;
using Justice.Domain.Core.Serialization;

namespace Justice.Domain.Allocation.Serialization;

/// <summary>
/// Source-generated JSON metadata for the Allocation package's public types (the request model, the result with its
/// audit trail, input errors), with the Justice.Domain conventions of <see cref="CoreJsonContext"/>.
/// </summary>
/// <example><code>JsonSerializer.Serialize(result, AllocationJsonContext.Default.AllocationResult)</code></example>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NodaTimeIsoJsonConverterFactory)])]
[JsonSerializable(typeof(AllocationResult))]
[JsonSerializable(typeof(AllocationRequest))]
[JsonSerializable(typeof(AllocationInputError))]
[JsonSerializable(typeof(WorkloadApportionmentOutcome))]
[JsonSerializable(typeof(PlacedMagistrateCap))]
[JsonSerializable(typeof(SensitivityResult))]
[JsonSerializable(typeof(WhatIfOutcome))]
[JsonSerializable(typeof(IReadOnlyList<AllocationInputError>))]
public sealed partial class AllocationJsonContext : JsonSerializerContext
{
}
