using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>What one write does on one partition: removals first, then additions.</summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionChange(
    [property: Id(0)] string[] HomeRemoves,
    [property: Id(1)] HomeEntry[] HomeSets,
    [property: Id(2)] Posting[] PostingRemoves,
    [property: Id(3)] Posting[] PostingAdds,
    [property: Id(4)] PartitionTerm[] TermRemoves,
    [property: Id(5)] PartitionTerm[] TermAdds);
