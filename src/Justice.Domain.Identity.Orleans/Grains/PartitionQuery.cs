using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The part of a query one partition answers: its keys (with their caps) and the name values it counts.</summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionQuery([property: Id(0)] ulong[] Keys, [property: Id(1)] int[] Caps, [property: Id(2)] PartitionTerm[] Terms);
