using Justice.Domain.Identity.Orleans.Grains;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// A changing call sent again with the same <see cref="ChangeId"/> (its silo stopped after the change was stored and
/// before the reply arrived) is answered again and not applied twice; the grains are called directly, on the
/// three-silo cluster.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RetriedCallTests(ClusterFixture cluster)
{
    private static readonly PartitionTerm Martin = new(0, "MARTIN");

    [Fact]
    public async Task Apply_SameChangeTwice_AppliedOnce_ANewChangeAppliesAgain()
    {
        var grain = Partition();
        var change = new PartitionChange([], [new HomeEntry("a", 1, "{}", [7UL], [Martin], null)], [], [new Posting(7, 1, "a", "{}", null)], [], [Martin]);

        var first = await grain.ApplyAsync(new ChangeId(1, 1), change, 0);
        var again = await grain.ApplyAsync(new ChangeId(1, 1), change, 0);

        Assert.Equal([7UL], first);
        Assert.Equal(first, again);
        Assert.Equal(1, await CountAsync(grain));
        Assert.Equal(new PartitionLoad(1, 1, 1, [], 1), await grain.LoadAsync([]));

        // The identity makes a repeat, not the content: the same name value added by another change counts again.
        await grain.ApplyAsync(new ChangeId(1, 2), new PartitionChange([], [], [], [], [], [Martin]), 0);
        await grain.ApplyAsync(new ChangeId(2, 2), new PartitionChange([], [], [], [], [], [Martin]), 0);
        Assert.Equal(3, await CountAsync(grain));
    }

    [Fact]
    public async Task Apply_ARepeatOlderThanTheLog_AppliedAgain()
    {
        var grain = Partition();
        var add = new PartitionChange([], [], [], [], [], [Martin]);
        await grain.ApplyAsync(new ChangeId(1, 0), add, 10);
        for (var n = 1; n <= ChangeLog.Capacity; n++)
        {
            await grain.ApplyAsync(new ChangeId(1, n), new PartitionChange([], [], [], [], [], []), 10);
        }

        // Change 0 has left the log of the last Capacity changes: sent again, it counts again.
        await grain.ApplyAsync(new ChangeId(1, 0), add, 10);
        Assert.Equal(2, await CountAsync(grain));
    }

    [Fact]
    public async Task TakeMoved_SameChangeTwice_SamePostingsReturned_TakenOnce()
    {
        var grain = Partition();
        var ids = Enumerable.Range(0, 12).Select(i => "id" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var postings = ids.Select((id, i) => new Posting(9, i + 1, id, "{\"n\":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}", [(byte)i])).ToArray();
        await grain.ApplyAsync(new ChangeId(1, 1), new PartitionChange([], [], [], postings, [], []), 100);
        var leaving = postings.Where(p => KeyPartitioning.SlotOf(p.Id, 2) != 0).ToArray();
        Assert.NotEmpty(leaving);

        var first = await grain.TakeMovedAsync(new ChangeId(1, 2), 9, 2, 0);
        var again = await grain.TakeMovedAsync(new ChangeId(1, 2), 9, 2, 0);

        // The moved postings carry their records' prepared forms with them.
        Assert.Equal(leaving.Select(p => (p.Key, p.Sequence, p.Id, p.Document, p.Prepared![0])), first.Moved.Select(p => (p.Key, p.Sequence, p.Id, p.Document, p.Prepared![0])));
        Assert.Equal(postings.Length - leaving.Length, first.Kept);
        Assert.Equal(first.Moved.Select(p => p with { Prepared = null }), again.Moved.Select(p => p with { Prepared = null }));
        Assert.Equal(first.Kept, again.Kept);
        Assert.Equal(postings.Length - leaving.Length, (await grain.LoadAsync([])).Postings);
    }

    [Fact]
    public async Task Catalog_ReserveAndCountsRepeated_OnceEach()
    {
        var catalog = cluster.Cluster.Client.GetGrain<ICatalogGrain>("retried-" + Guid.NewGuid().ToString("N"));
        var writer = await catalog.NewWriterAsync();
        Assert.NotEqual(writer, await catalog.NewWriterAsync());

        var first = await catalog.ReserveAsync(new ChangeId(writer, 1), 10);
        Assert.Equal(first, await catalog.ReserveAsync(new ChangeId(writer, 1), 10));
        Assert.Equal(first + 10, await catalog.ReserveAsync(new ChangeId(writer, 2), 5));

        await catalog.AddCountsAsync(new ChangeId(writer, 3), 4, [4, 2]);
        await catalog.AddCountsAsync(new ChangeId(writer, 3), 4, [4, 2]);
        var totals = await catalog.TotalsAsync();
        Assert.Equal(4, totals.Records);
        Assert.Equal([4L, 2L], totals.FieldTotals);
    }

    private IPartitionGrain Partition() => cluster.Cluster.Client.GetGrain<IPartitionGrain>("retried-" + Guid.NewGuid().ToString("N") + "/0");

    private static async Task<long> CountAsync(IPartitionGrain grain) =>
        (await grain.FetchAsync(new PartitionQuery([], [], [Martin]))).TermCounts[0];
}
