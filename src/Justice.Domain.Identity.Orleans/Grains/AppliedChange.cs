using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The reply a grain gave to a changing call, kept to answer the same call again when it is retried.</summary>
[GenerateSerializer, Immutable]
internal sealed record AppliedChange(
    [property: Id(0)] ChangeId Change,
    [property: Id(1)] ulong[] Grown,
    [property: Id(2)] MovedPostings? Moved,
    [property: Id(3)] long First);
