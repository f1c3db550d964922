using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// What a partition's keys are, for a deduplication: its ordinary keys over their rule's cap, the sizes of the spread
/// keys it holds a slot of, and per rule (index in the profile) the counts of the blocking report over its ordinary keys
/// and its home records.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionCensus(
    [property: Id(0)] ulong[] CappedKeys,
    [property: Id(1)] ulong[] SpreadKeys,
    [property: Id(2)] int[] SpreadCounts,
    [property: Id(3)] int[] KeyedRecords,
    [property: Id(4)] int[] Blocks,
    [property: Id(5)] long[] Pairs,
    [property: Id(6)] int[] CappedBlocks,
    [property: Id(7)] long[] CappedRecords,
    [property: Id(8)] long[] CappedPairs,
    [property: Id(9)] int[] LargestBlock,
    [property: Id(10)] long HomeRecords);
