using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>What a partition holds: home records, postings, distinct keys other than the spread ones, the spread keys it holds, and the records it keeps for its postings.</summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionLoad(
    [property: Id(0)] long HomeRecords,
    [property: Id(1)] long Postings,
    [property: Id(2)] long OrdinaryKeys,
    [property: Id(3)] ulong[] SpreadKeysHeld,
    [property: Id(4)] long HeldRecords);
