using Orleans.Runtime;

namespace Justice.Domain.Identity.Orleans;

/// <summary>A partition that <see cref="OrleansPersonStore.RebalanceAsync"/> moved, or asked to move, to another silo.</summary>
/// <param name="Partition">The partition number.</param>
/// <param name="From">The silo that hosted it.</param>
/// <param name="To">The silo the plan gave it.</param>
/// <param name="Moved">Whether it is active on <paramref name="To"/> at the end: false when Orleans kept it elsewhere (the target silo left, or its placement refused the move); it then serves from where it is, with all its records.</param>
public sealed record PartitionMove(int Partition, SiloAddress From, SiloAddress To, bool Moved);
