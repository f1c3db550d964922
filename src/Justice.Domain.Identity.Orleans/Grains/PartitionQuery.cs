using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// The part of a query one partition answers: its keys (with their caps) and the name values it counts;
/// <see cref="WithPrepared"/> asks for the records' prepared forms too (a bulk run gathering a spread block, which
/// scores them; a <c>Find</c> does not, its caller keeps the candidates it prepared).
/// </summary>
[GenerateSerializer, Immutable]
internal sealed record PartitionQuery([property: Id(0)] ulong[] Keys, [property: Id(1)] int[] Caps, [property: Id(2)] PartitionTerm[] Terms, [property: Id(3)] bool WithPrepared = false);
