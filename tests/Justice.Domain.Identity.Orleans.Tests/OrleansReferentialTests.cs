using System.Text.Json;
using FsCheck.Xunit;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Referential.Tests.Contract;
using Justice.Domain.Identity.Serialization;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// A <see cref="PersonReferential"/> on the three-silo cluster against one on <see cref="InMemoryPersonStore"/>: the
/// same records and model give the same ranked candidates, with their weights, in the same order, and the same clusters.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OrleansReferentialTests(ClusterFixture cluster)
{
    private static readonly Lazy<IReadOnlyList<PersonRecord>> Synthetic = new(() => new SyntheticGenerator().Generate(600, 23).Records());

    [Theory]
    [InlineData(nameof(OrleansStoreOptions.Partitions))]
    [InlineData(nameof(OrleansStoreOptions.HotKeyThreshold))]
    [InlineData(nameof(OrleansStoreOptions.ScoringPartitions))]
    [InlineData(nameof(OrleansStoreOptions.ReadPageSize))]
    [InlineData(nameof(OrleansStoreOptions.SiloLossRetryWindow))]
    public void Options_OutOfRange_NameTheOption(string option)
    {
        var options = option switch
        {
            nameof(OrleansStoreOptions.Partitions) => new OrleansStoreOptions { Partitions = 0 },
            nameof(OrleansStoreOptions.HotKeyThreshold) => new OrleansStoreOptions { HotKeyThreshold = 1 },
            nameof(OrleansStoreOptions.ScoringPartitions) => new OrleansStoreOptions { ScoringPartitions = 0 },
            nameof(OrleansStoreOptions.ReadPageSize) => new OrleansStoreOptions { ReadPageSize = 0 },
            _ => new OrleansStoreOptions { SiloLossRetryWindow = TimeSpan.FromMilliseconds(-1) },
        };
        var error = Assert.Throws<ArgumentException>(() => cluster.NewStore(options));
        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public async Task SyntheticRecords_FindAndClustersSameAsTheInMemoryReferential_HotKeysSpread_PreparedFormsRead()
    {
        Assert.Equal(ClusterFixture.Silos, cluster.Cluster.GetActiveSilos().Count());
        var records = Synthetic.Value;
        using var store = cluster.NewStore(new OrleansStoreOptions { Partitions = 16, HotKeyThreshold = 3 });
        var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 50);
        var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 50);
        await distributed.ImportAsync(records, batchSize: 97);
        await local.ImportAsync(records, batchSize: 97);

        foreach (var query in records.Where((_, i) => i % 3 == 0))
        {
            Assert.Equal(Json(await local.FindAsync(query, 10)), Json(await distributed.FindAsync(query, 10)));
        }

        // The common keys were spread: some key lies on more than one partition, and every partition holds postings.
        Assert.Contains((await store.SpreadKeysAsync()).Values, s => s > 1);
        var sizes = await store.PartitionSizesAsync();
        Assert.All(sizes, s => Assert.True(s.Postings > 0));
        Assert.Equal(records.Count, sizes.Sum(s => s.Records));

        // The same clusters. One process prepares every record from its document; the partitions, spread blocks
        // included, read the prepared form the import sent with each record and prepare none.
        var expected = await local.DeduplicateAsync();
        var actual = await distributed.DeduplicateAsync();
        Assert.Equal(records.Count, expected.PreparedFromDocuments);
        Assert.Equal(0, actual.PreparedFromDocuments);
        Assert.Equal(expected.Assignments(), actual.Assignments());
        Assert.Equal(expected.Result.PairsCompared, actual.Result.PairsCompared);
    }

    [Property(MaxTest = 15)]
    public Property AnyHistory_FindSameAsTheInMemoryReferential()
    {
        var histories = ContractPeople.Operations
            .Zip(Gen.Choose(1, 7))
            .Zip(Gen.Choose(2, 4))
            .Zip(Gen.Choose(0, 100_000).ArrayOf(3))
            .ToArbitrary();
        return Prop.ForAll(histories, t =>
        {
            var (((operations, partitions), threshold), queries) = t;
            using var store = cluster.NewStore(new OrleansStoreOptions { Partitions = partitions, HotKeyThreshold = threshold });
            var distributed = PersonReferential.OpenAsync(store, maxBlockSize: 6).GetAwaiter().GetResult();
            var local = PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 6).GetAwaiter().GetResult();
            foreach (var referential in new[] { distributed, local })
            {
                foreach (var operation in operations)
                {
                    if (operation.Upsert is { } batch)
                    {
                        referential.ImportAsync(batch).GetAwaiter().GetResult();
                    }
                    else
                    {
                        referential.RemoveAsync(operation.Remove!).GetAwaiter().GetResult();
                    }
                }
            }

            var probes = queries.Select((v, i) => ContractPeople.Person(100 + i, v))
                .Concat(Enumerable.Range(0, 12).Select(i => ContractPeople.Person(i, i * 7919)));
            return probes.All(q => Json(local.FindAsync(q, 4).GetAwaiter().GetResult()) == Json(distributed.FindAsync(q, 4).GetAwaiter().GetResult()))
                .Label(FormattableString.Invariant($"{partitions} partitions, threshold {threshold}: ") + string.Join("; ", operations.Select(o => o.ToString())));
        });
    }

    [Fact]
    public async Task HotKey_SpreadOverItsSlots_RemovalsAndFindStillExact()
    {
        // Forty records sharing their blocking keys, four postings at most per partition and key: the keys spread to
        // every one of the eight partitions, then half the records are removed.
        var records = Enumerable.Range(0, 40).Select(i => ContractPeople.Person(i, 0) with { Id = "hot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        using var store = cluster.NewStore(new OrleansStoreOptions { Partitions = 8, HotKeyThreshold = 4 });
        var distributed = await PersonReferential.OpenAsync(store, maxBlockSize: 100);
        var local = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 100);
        foreach (var referential in new[] { distributed, local })
        {
            await referential.ImportAsync(records, batchSize: 7);
            await referential.RemoveAsync(records.Where((_, i) => i % 2 == 0).Select(r => r.Id));
        }

        var spread = await store.SpreadKeysAsync();
        Assert.NotEmpty(spread);
        Assert.All(spread.Values, s => Assert.Equal(8, s));
        Assert.Equal(Json(await local.FindAsync(records[1], 30)), Json(await distributed.FindAsync(records[1], 30)));
        Assert.Equal(20, (await local.FindAsync(records[1], 30)).Count);
        Assert.Equal(await local.Store.StatisticsAsync() with { SchemaVersion = 0 }, await store.StatisticsAsync() with { SchemaVersion = 0 });
    }

    private static string Json(IReadOnlyList<MatchCandidate> candidates) => JsonSerializer.Serialize(candidates, IdentityJsonContext.Default.IReadOnlyListMatchCandidate);
}
