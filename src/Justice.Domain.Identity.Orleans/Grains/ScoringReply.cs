using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// A partition's part of a deduplication: its kept pairs (positions and weights, canonical order), the pairs it
/// compared and formed per rule, its home records (positions, ids, completeness), and the records of its blocks it
/// prepared from their documents.
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record ScoringReply(
    [property: Id(0)] long[] Lefts,
    [property: Id(1)] long[] Rights,
    [property: Id(2)] double[] Weights,
    [property: Id(3)] long PairsCompared,
    [property: Id(4)] long[] NewPairs,
    [property: Id(5)] long[] HomeSequences,
    [property: Id(6)] string[] HomeIds,
    [property: Id(7)] int[] HomeCompleteness,
    [property: Id(8)] long PreparedFromDocuments);
