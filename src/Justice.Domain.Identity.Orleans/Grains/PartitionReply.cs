using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>A partition's answer to a <see cref="PartitionQuery"/>: one hit per key, the records they hold (each once) and the term counts, in order.</summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionReply([property: Id(0)] KeyHit[] Hits, [property: Id(1)] HeldRecord[] Records, [property: Id(2)] long[] TermCounts);
