using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A block of a spread key within its cap, its slots gathered from their partitions, for the partition of its first slot to score.</summary>
[GenerateSerializer, Immutable]
internal sealed record ExtraBlock([property: Id(0)] ulong Key, [property: Id(1)] HeldRecord[] Members);
