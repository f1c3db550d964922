using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A name value as the grains exchange it (field index and normalised value).</summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionTerm([property: Id(0)] int Field, [property: Id(1)] string Value);
