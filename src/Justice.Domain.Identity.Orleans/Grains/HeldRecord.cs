using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A candidate record a partition returns: its position, id, document and prepared form (null when the partition has none).</summary>
[GenerateSerializer, Immutable]
internal sealed record HeldRecord([property: Id(0)] long Sequence, [property: Id(1)] string Id, [property: Id(2)] string Document, [property: Id(3)] byte[]? Prepared);
