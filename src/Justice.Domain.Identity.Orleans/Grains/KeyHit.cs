using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A key of a query on one partition: how many records hold it there, and their positions when that is within the cap.</summary>
[GenerateSerializer, Immutable]
internal sealed record KeyHit([property: Id(0)] ulong Key, [property: Id(1)] int Count, [property: Id(2)] long[] Holders);
