using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The name values a partition counts, with their counts (same order).</summary>
[GenerateSerializer, Immutable]
internal sealed record HeldTerms([property: Id(0)] PartitionTerm[] Terms, [property: Id(1)] long[] Counts);
