using System.Text.Json;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Serialization;
using Justice.Domain.Identity.Synthetic;
using Orleans.TestingHost;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// A silo joins a cluster that already holds a referential: the partitions stay where they are active, new calls may
/// place nothing or new activations on the new silo, and no record is lost — the referential answers as one process
/// does before and after. Its own two-silo cluster, so that the shared one keeps its three silos.
/// </summary>
public sealed class SiloJoinTests
{
    [Fact]
    public async Task SiloJoins_MidImport_NothingLost_FindSameAsInMemory()
    {
        var records = new SyntheticGenerator().Generate(300, 41).Records();
        await OnTwoSilosAsync(async (cluster, deadline) =>
        {
            using var store = new OrleansPersonStore(cluster.Client, "joined", new OrleansStoreOptions { Partitions = 8, HotKeyThreshold = 4 });
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
            var half = records.Count / 2;
            await distributed.ImportAsync(records.Take(half), batchSize: 37);
            await local.ImportAsync(records.Take(half), batchSize: 37);

            await cluster.StartAdditionalSiloAsync().WaitAsync(deadline);
            Assert.Equal(3, cluster.GetActiveSilos().Count());

            await distributed.ImportAsync(records.Skip(half), batchSize: 37);
            await local.ImportAsync(records.Skip(half), batchSize: 37);
            var removed = records.Where((_, i) => i % 5 == 0).Select(r => r.Id).ToArray();
            await distributed.RemoveAsync(removed);
            await local.RemoveAsync(removed);

            Assert.Equal(records.Count - removed.Length, (await store.PartitionSizesAsync()).Sum(s => s.Records));
            await AssertSameAsOneProcessAsync(local, distributed, store, records);
        });
    }

    [Fact]
    public async Task SiloJoins_Rebalance_SpreadsPartitions_NothingLost_SameClusters()
    {
        var records = new SyntheticGenerator().Generate(200, 43).Records();
        await OnTwoSilosAsync(async (cluster, deadline) =>
        {
            using var store = new OrleansPersonStore(cluster.Client, "rebalanced", new OrleansStoreOptions { Partitions = 8 });
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
            await distributed.ImportAsync(records, batchSize: 50);
            await local.ImportAsync(records, batchSize: 50);

            await cluster.StartAdditionalSiloAsync().WaitAsync(deadline);
            var joined = cluster.GetActiveSilos().Select(s => s.SiloAddress).Last();
            Assert.DoesNotContain(joined, await store.PartitionSilosAsync());

            var moves = await store.RebalanceAsync().WaitAsync(deadline);
            Assert.NotEmpty(moves);
            Assert.All(moves, m => Assert.True(m.Moved));
            var counts = (await store.PartitionSilosAsync()).GroupBy(s => s).Select(g => g.Count()).ToArray();
            Assert.Equal(3, counts.Length);
            Assert.True(counts.Max() - counts.Min() <= 1, "partitions per silo: " + string.Join(", ", counts));
            Assert.Empty(await store.RebalanceAsync());

            Assert.Equal(records.Count, (await store.PartitionSizesAsync()).Sum(s => s.Records));
            await AssertSameAsOneProcessAsync(local, distributed, store, records);

            var expected = await local.DeduplicateAsync();
            var actual = await distributed.DeduplicateAsync();
            Assert.Equal(expected.Assignments(), actual.Assignments());
            Assert.Contains(expected.Result.Clusters.ClusterOf.GroupBy(c => c), g => g.Count() > 1);
        });
    }

    // A two-silo cluster of its own (memory grain storage), stopped at the end; the test gets 60 s in all.
    private static async Task OnTwoSilosAsync(Func<TestCluster, CancellationToken, Task> test)
    {
        var cluster = new TestClusterBuilder(2).AddSiloBuilderConfigurator<GrainStorage.Memory>().Build();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await cluster.DeployAsync().WaitAsync(deadline.Token);
        try
        {
            await test(cluster, deadline.Token);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    // The same statistics and, for every fourth record as a query, the same ranked candidates as one process.
    private static async Task AssertSameAsOneProcessAsync(PersonReferential local, PersonReferential distributed, OrleansPersonStore store, IReadOnlyList<PersonRecord> records)
    {
        Assert.Equal(await local.Store.StatisticsAsync() with { SchemaVersion = 0 }, await store.StatisticsAsync() with { SchemaVersion = 0 });
        foreach (var query in records.Where((_, i) => i % 4 == 1))
        {
            Assert.Equal(Json(await local.FindAsync(query, 8)), Json(await distributed.FindAsync(query, 8)));
        }
    }

    private static string Json(IReadOnlyList<MatchCandidate> candidates) => JsonSerializer.Serialize(candidates, IdentityJsonContext.Default.IReadOnlyListMatchCandidate);
}
