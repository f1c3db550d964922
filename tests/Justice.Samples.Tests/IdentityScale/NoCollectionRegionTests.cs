using System.Runtime;
using Justice.Samples.IdentityScale;

namespace Justice.Samples.Tests.IdentityScale;

/// <summary>
/// The runtime's region without collections is one per process, so these tests run alone, after the parallel ones
/// (the dedupe tests start regions of their own).
/// </summary>
[Collection(nameof(NoCollectionRegionTests))]
public sealed class NoCollectionRegionTests
{
    [Fact]
    public void Start_WhileAnotherIsInProgress_LeavesItRunningAndStartsNone()
    {
        using (var first = NoCollectionRegion.Start(16 << 20))
        {
            Assert.True(first.Started);
            Assert.True(first.Active);
            Assert.True(NoCollectionRegion.InProgress);

            using var second = NoCollectionRegion.Start(16 << 20);

            Assert.False(second.Started);
            Assert.True(first.Active);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.False(NoCollectionRegion.InProgress);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        using var again = NoCollectionRegion.Start(16 << 20);
        Assert.True(again.Started);
    }

    [Fact]
    public void Start_NoBudget_StartsNone()
    {
        using var region = NoCollectionRegion.Start(0);
        Assert.False(region.Started);
        Assert.False(region.Active);
    }

    [Fact]
    public void Dispose_AfterTheBudgetWasSpent_EndsQuietlyAndFreesTheSlot()
    {
        var region = NoCollectionRegion.Start(1 << 20);
        Assert.True(region.Started);

        // More than the budget: the runtime ends the region with a collection.
        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++)
        {
            kept.Add(new byte[64 << 10]);
        }

        Assert.False(region.Active);
        region.Dispose();
        region.Dispose();
        Assert.False(NoCollectionRegion.InProgress);
        GC.KeepAlive(kept);
    }
}
