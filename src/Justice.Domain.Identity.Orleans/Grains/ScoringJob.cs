using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// What a partition scores its blocks with: the request (rules, model, caps, threads), what the whole store knows
/// (capped keys, spread keys, term counts, field totals, records) and the blocks of spread keys it scores.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record ScoringJob(
    [property: Id(0)] string BlockingRules,
    [property: Id(1)] string ModelDocument,
    [property: Id(2)] int[] RuleCaps,
    [property: Id(3)] int MaxBlockSize,
    [property: Id(4)] int MaxDegreeOfParallelism,
    [property: Id(5)] ulong[] CappedKeys,
    [property: Id(6)] ulong[] SpreadKeys,
    [property: Id(7)] PartitionTerm[] Terms,
    [property: Id(8)] long[] TermCounts,
    [property: Id(9)] long[] FieldTotals,
    [property: Id(10)] long Records,
    [property: Id(11)] ExtraBlock[] ExtraBlocks,
    [property: Id(12)] string[] RuleDescriptions);
