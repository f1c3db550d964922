using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A record's posting under a key, with the record a partition needs to return it as a candidate.</summary>
[GenerateSerializer, Immutable]
internal sealed record Posting(
    [property: Id(0)] ulong Key,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Id,
    [property: Id(3)] string Document,
    [property: Id(4)] byte[]? Prepared);
