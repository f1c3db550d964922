using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A record on its home partition: its position, document and the forms it was stored with.</summary>
[GenerateSerializer, Immutable]
internal sealed record HomeEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Document,
    [property: Id(3)] ulong[] Keys,
    [property: Id(4)] PartitionTerm[] Terms,
    [property: Id(5)] byte[]? Prepared);
