namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// Which partitions to move so that every silo hosts as many partitions as the others, give or take one: the plan
/// of <see cref="OrleansPersonStore.RebalanceAsync"/>. Partitions are counted, not weighed: the keys' hashes make
/// them the same size (postings skew 1.001 at 16 partitions on 1.04 million records, <c>docs/identity/scale.md</c>).
/// </summary>
internal static class PartitionBalance
{
    /// <summary>
    /// The fewest moves that leave each silo with ⌊N/S⌋ or ⌈N/S⌉ of the N partitions: the silos that host the most
    /// keep the ⌈N/S⌉ quotas, each silo over its quota gives its highest-numbered partitions beyond it, and the silos
    /// under their quota take them in silo order. Deterministic: the same placement gives the same plan.
    /// O(N + S log S).
    /// </summary>
    /// <param name="siloOfPartition">For each partition, the index of the silo that hosts it (0 to <paramref name="silos"/> - 1).</param>
    /// <param name="silos">The number of silos (1 or more).</param>
    /// <returns>The moves (partition, from silo, to silo), by partition number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No silo, or a partition's silo is not one of them.</exception>
    public static IReadOnlyList<(int Partition, int From, int To)> Plan(IReadOnlyList<int> siloOfPartition, int silos)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var hosted = new List<int>[silos];
        for (var s = 0; s < silos; s++)
        {
            hosted[s] = [];
        }

        for (var p = 0; p < siloOfPartition.Count; p++)
        {
            var silo = siloOfPartition[p];
            if (silo < 0 || silo >= silos)
            {
                throw new ArgumentOutOfRangeException(nameof(siloOfPartition), "a partition's silo is not one of the silos");
            }

            hosted[silo].Add(p);
        }

        var low = siloOfPartition.Count / silos;
        var high = siloOfPartition.Count % silos;
        var quota = new int[silos];
        var byLoad = Enumerable.Range(0, silos).OrderByDescending(s => hosted[s].Count).ThenBy(s => s).ToArray();
        for (var i = 0; i < silos; i++)
        {
            quota[byLoad[i]] = low + (i < high ? 1 : 0);
        }

        var surplus = new List<(int Partition, int From)>();
        for (var s = 0; s < silos; s++)
        {
            surplus.AddRange(hosted[s].Skip(quota[s]).Select(p => (p, s)));
        }

        var moves = new List<(int Partition, int From, int To)>(surplus.Count);
        var next = 0;
        for (var s = 0; s < silos; s++)
        {
            for (var missing = quota[s] - hosted[s].Count; missing > 0; missing--)
            {
                var (partition, from) = surplus[next++];
                moves.Add((partition, from, s));
            }
        }

        return [.. moves.OrderBy(m => m.Partition)];
    }
}
