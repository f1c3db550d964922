using System.Text.Json;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Serialization;
using Justice.Domain.Identity.Synthetic;
using Orleans;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// The referential's grains keep their state in the ADO.NET grain storage on PostgreSQL (the Orleans schema in a
/// throwaway schema of <c>JUSTICE_TEST_POSTGRES</c>): a silo that stops, gracefully or killed, or a whole cluster that
/// stops, loses nothing; the grains are activated again from their stored state and answer as one process does.
/// Each test has its own three-silo cluster.
/// </summary>
public sealed class DurableClusterTests
{
    private static readonly Lazy<IReadOnlyList<PersonRecord>> Synthetic = new(() => new SyntheticGenerator().Generate(360, 47).Records());

    private static readonly OrleansStoreOptions Options = new() { Partitions = 8, HotKeyThreshold = 4 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SiloStops_AfterImport_FindAndReadAllUnchanged_LaterWritesExact(bool kill)
    {
        await using var database = await OrleansDatabase.CreateAsync();
        var cluster = await StartAsync(database, "stop");
        try
        {
            var records = Synthetic.Value;
            using var store = new OrleansPersonStore(cluster.Client, "durable", Options);
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
            var first = records.Take(300).ToArray();
            await distributed.ImportAsync(first, batchSize: 37);
            await local.ImportAsync(first, batchSize: 37);
            var queries = records.Where((_, i) => i % 6 == 0).ToArray();
            var before = await FindAllAsync(distributed, queries);
            Assert.Equal(await FindAllAsync(local, queries), before);
            var stored = await ReadAllAsync(store);

            var silo = await BusiestSecondaryAsync(cluster, "durable");
            if (kill)
            {
                await cluster.KillSiloAsync(silo);
            }
            else
            {
                await cluster.StopSiloAsync(silo);
            }

            Assert.Equal(before, await FindAllAsync(distributed, queries));
            Assert.Equal(stored, await ReadAllAsync(store));

            // A new client object on the same referential, and writes after the stop: still one process's answers.
            using var again = new OrleansPersonStore(cluster.Client, "durable", Options);
            var reopened = await PersonReferential.OpenAsync(again, maxBlockSize: 40);
            Assert.Equal(before, await FindAllAsync(reopened, queries));
            var rest = records.Skip(300).ToArray();
            var removed = records.Where((_, i) => i % 7 == 0).Select(r => r.Id).ToArray();
            foreach (var referential in new[] { reopened, local })
            {
                await referential.ImportAsync(rest, batchSize: 23);
                await referential.RemoveAsync(removed);
            }

            Assert.Equal(await FindAllAsync(local, queries), await FindAllAsync(reopened, queries));
            Assert.Equal(await local.Store.StatisticsAsync() with { SchemaVersion = 0 }, await again.StatisticsAsync() with { SchemaVersion = 0 });
        }
        finally
        {
            await StopAsync(cluster);
        }
    }

    [Fact]
    public async Task SiloStops_InTheMiddleOfAnImport_DedupeGivesTheClustersOfOneProcess()
    {
        await using var database = await OrleansDatabase.CreateAsync();
        var cluster = await StartAsync(database, "bulk");
        try
        {
            var records = Synthetic.Value;
            using var store = new OrleansPersonStore(cluster.Client, "bulk", Options);
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
            await distributed.ImportAsync(records.Take(60), batchSize: 30);
            var silo = await BusiestSecondaryAsync(cluster, "bulk");

            // The silo is stopped while the batches after the fourth are written: the stop runs beside them.
            Task? stop = null;
            var progress = new Inline<ReferentialImportSummary>(_ => stop ??= cluster.StopSiloAsync(silo));
            await distributed.ImportAsync(records.Skip(60), batchSize: 11, progress: new Countdown<ReferentialImportSummary>(4, progress));
            Assert.NotNull(stop);
            await stop;
            Assert.Equal(ClusterSilos - 1, cluster.GetActiveSilos().Count());
            await local.ImportAsync(records, batchSize: 30);

            var expected = await local.DeduplicateAsync();
            var actual = await distributed.DeduplicateAsync();
            Assert.Equal(expected.Assignments(), actual.Assignments());
            Assert.Contains(expected.Result.Clusters.ClusterOf.GroupBy(c => c), g => g.Count() > 1);
        }
        finally
        {
            await StopAsync(cluster);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SiloStops_InTheMiddleOfADeduplication_SameResultAsOneProcess(bool kill)
    {
        await using var database = await OrleansDatabase.CreateAsync();
        var cluster = await StartAsync(database, "scoring");
        try
        {
            var records = Synthetic.Value;
            using var store = new OrleansPersonStore(cluster.Client, "scoring", Options with { ScoringPartitions = 2 });
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
            await distributed.ImportAsync(records, batchSize: 60);
            await local.ImportAsync(records, batchSize: 60);
            var silo = await BusiestSecondaryAsync(cluster, "scoring");

            // The silo stops once the first partition has scored its pairs, while the next ones score theirs: the
            // partitions it held are activated again from their stored state and score again.
            Task? stop = null;
            var reports = new List<long>();
            var progress = new Inline<long>(compared =>
            {
                reports.Add(compared);
                stop ??= kill ? cluster.KillSiloAsync(silo) : cluster.StopSiloAsync(silo);
            });
            var actual = await distributed.DeduplicateAsync(progress: progress);
            Assert.NotNull(stop);
            try
            {
                await stop;
            }
            catch (OperationCanceledException) when (kill)
            {
                // The test host kills a silo by cancelling its stop; the stop may report that cancellation.
            }

            Assert.Equal(ClusterSilos - 1, cluster.GetActiveSilos().Count());

            var expected = await local.DeduplicateAsync();
            Assert.Equal(Json(expected.Result), Json(actual.Result));
            Assert.Equal(expected.Ids, actual.Ids);
            Assert.Equal(Options.Partitions, reports.Count);
            Assert.Equal(expected.Result.PairsCompared, reports[^1]);
        }
        finally
        {
            await StopAsync(cluster);
        }
    }

    [Fact]
    public async Task WholeClusterRestarts_OnTheSameDatabase_SameReferential()
    {
        await using var database = await OrleansDatabase.CreateAsync();
        var records = Synthetic.Value;
        var queries = records.Where((_, i) => i % 5 == 0).ToArray();
        var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);
        await local.ImportAsync(records, batchSize: 41);
        await local.RemoveAsync(records.Where((_, i) => i % 9 == 0).Select(r => r.Id));

        var cluster = await StartAsync(database, "restart");
        try
        {
            using var store = new OrleansPersonStore(cluster.Client, "kept", Options);
            var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            await distributed.ImportAsync(records, batchSize: 41);
            await distributed.RemoveAsync(records.Where((_, i) => i % 9 == 0).Select(r => r.Id));

            // A change whose reply is lost when the cluster stops: sent again after the restart, it is not applied twice.
            await cluster.Client.GetGrain<Grains.IPartitionGrain>("replies/0").ApplyAsync(new Grains.ChangeId(1, 1), TermAdded, 10);
        }
        finally
        {
            await StopAsync(cluster);
        }

        // Every silo is gone: a new cluster, with the same service id, on the same database.
        var restarted = await StartAsync(database, "restart");
        try
        {
            using var store = new OrleansPersonStore(restarted.Client, "kept", Options);
            var reopened = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
            Assert.Equal(await FindAllAsync(local, queries), await FindAllAsync(reopened, queries));
            Assert.Equal(await ReadAllAsync(local.Store), await ReadAllAsync(store));
            Assert.Equal(await local.Store.StatisticsAsync() with { SchemaVersion = 0 }, await store.StatisticsAsync() with { SchemaVersion = 0 });
            Assert.Equal(await local.Store.ReadModelAsync(), await store.ReadModelAsync());

            var replies = restarted.Client.GetGrain<Grains.IPartitionGrain>("replies/0");
            await replies.ApplyAsync(new Grains.ChangeId(1, 1), TermAdded, 10);
            var counted = await replies.FetchAsync(new Grains.PartitionQuery([], [], [.. TermAdded.TermAdds]));
            Assert.Equal(1L, Assert.Single(counted.TermCounts));

            // The stored state is binary and holds each document once per partition.
            var sizes = await database.StateBytesAsync("partition");
            Assert.Equal(Options.Partitions + 1, sizes.Count);
            Assert.All(sizes, s => Assert.True(s > 0));
        }
        finally
        {
            await StopAsync(restarted);
        }
    }

    private const short ClusterSilos = 3;

    private static readonly Grains.PartitionChange TermAdded = new([], [], [], [], [], [new Grains.PartitionTerm(0, "MARTIN")]);

    private static async Task<TestCluster> StartAsync(OrleansDatabase database, string serviceId)
    {
        var builder = new TestClusterBuilder(ClusterSilos);
        builder.Options.ServiceId = serviceId;
        builder.Properties[GrainStorage.ConnectionKey] = database.ConnectionString;
        builder.AddSiloBuilderConfigurator<GrainStorage.Postgres>();
        var cluster = builder.Build();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await cluster.DeployAsync().WaitAsync(deadline.Token);
        return cluster;
    }

    private static async Task StopAsync(TestCluster cluster)
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
    }

    // The secondary silo (the primary keeps the test cluster's membership) holding the most grains of the referential.
    private static async Task<SiloHandle> BusiestSecondaryAsync(TestCluster cluster, string name)
    {
        var statistics = await cluster.Client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
        var held = statistics
            .Where(s => s.GrainId.Key.ToString() is { } key && (key == name || key.StartsWith(name + "/", StringComparison.Ordinal)))
            .GroupBy(s => s.SiloAddress)
            .ToDictionary(g => g.Key, g => g.Count());
        var silo = cluster.SecondarySilos.MaxBy(s => held.GetValueOrDefault(s.SiloAddress))!;
        Assert.True(held.GetValueOrDefault(silo.SiloAddress) > 0, "no grain of the referential on a secondary silo");
        return silo;
    }

    private static string Json(BulkResult result) => JsonSerializer.Serialize(result, IdentityJsonContext.Default.BulkResult);

    private static async Task<string[]> FindAllAsync(PersonReferential referential, IEnumerable<PersonRecord> queries)
    {
        var found = new List<string>();
        foreach (var query in queries)
        {
            found.Add(JsonSerializer.Serialize(await referential.FindAsync(query, 8), IdentityJsonContext.Default.IReadOnlyListMatchCandidate));
        }

        return [.. found];
    }

    private static async Task<(string Id, string Document)[]> ReadAllAsync(IPersonStore store)
    {
        var all = new List<(string, string)>();
        await foreach (var record in store.ReadAllAsync())
        {
            all.Add((record.Id, record.Document));
        }

        return [.. all];
    }

    /// <summary>A progress that reports on the caller's thread, at once.</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>Passes on the reports from the <paramref name="skip"/>+1-th on.</summary>
    private sealed class Countdown<T>(int skip, IProgress<T> inner) : IProgress<T>
    {
        private int seen;

        public void Report(T value)
        {
            if (++seen > skip)
            {
                inner.Report(value);
            }
        }
    }
}
