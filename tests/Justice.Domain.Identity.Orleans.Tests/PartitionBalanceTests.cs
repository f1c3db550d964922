using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>The rebalance plan: every silo ends within one partition of the others, in the fewest moves.</summary>
public sealed class PartitionBalanceTests
{
    [Property(MaxTest = 300)]
    public Property AnyPlacement_BalancedWithinOne_FewestMoves(PositiveInt silosSeed, int[] placementSeed)
    {
        var silos = silosSeed.Get % 7 + 1;
        var placement = (placementSeed ?? []).Select(p => Math.Abs(p % silos)).ToArray();
        var moves = PartitionBalance.Plan(placement, silos);
        var after = placement.ToArray();
        foreach (var (partition, from, to) in moves)
        {
            if (after[partition] != from)
            {
                return false.Label("a move starts from a silo that does not host the partition");
            }

            after[partition] = to;
        }

        var counts = Enumerable.Range(0, silos).Select(s => after.Count(p => p == s)).ToArray();
        var low = placement.Length / silos;
        var fewest = Enumerable.Range(0, silos).Select(s => placement.Count(p => p == s))
            .OrderByDescending(c => c).Select((c, i) => Math.Max(0, c - (low + (i < placement.Length % silos ? 1 : 0)))).Sum();
        return (counts.Max() - counts.Min() <= 1).Label("balanced within one: " + string.Join(",", counts))
            .And((moves.Count == fewest).Label("moves " + moves.Count + ", fewest " + fewest))
            .And((moves.Select(m => m.Partition).Distinct().Count() == moves.Count).Label("each partition moves once"));
    }

    [Fact]
    public void ThirdSiloJoins_EightPartitions_TakesTwo()
    {
        var moves = PartitionBalance.Plan([0, 1, 0, 1, 0, 1, 0, 1], 3);
        Assert.Equal([(6, 0, 2), (7, 1, 2)], moves);
    }
}
