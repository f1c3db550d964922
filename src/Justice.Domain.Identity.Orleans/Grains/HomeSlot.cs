using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A record's home entry as a partition stores it: its position and the forms it was stored with (its document is in <see cref="PartitionState.Records"/>).</summary>
[GenerateSerializer, Immutable]
internal sealed record HomeSlot([property: Id(0)] long Sequence, [property: Id(1)] ulong[] Keys, [property: Id(2)] PartitionTerm[] Terms);
