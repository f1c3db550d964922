using FsCheck.Xunit;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// <see cref="PartitionPlan"/> against the three-silo cluster: the layout it computes in one process is the layout a
/// store reaches by importing the same records, whatever the batches.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PartitionPlanTests(ClusterFixture cluster)
{
    private static readonly Lazy<IReadOnlyList<PersonRecord>> Synthetic = new(() => new SyntheticGenerator().Generate(400, 31).Records());

    [Fact]
    public async Task Build_SyntheticRecords_SameSizesAndSpreadsAsTheClusterStore()
    {
        var options = new OrleansStoreOptions { Partitions = 16, HotKeyThreshold = 3 };
        var (plan, store) = await ImportBothAsync(Synthetic.Value, options, batchSize: 53);
        using (store)
        {
            Assert.Equal(await store.PartitionSizesAsync(), plan.Sizes);
            Assert.Equal((await store.SpreadKeysAsync()).OrderBy(e => e.Key), plan.SpreadKeys.OrderBy(e => e.Key));
            Assert.NotEmpty(plan.SpreadKeys);
            Assert.Equal(Synthetic.Value.Count, plan.Records);
            Assert.Equal(Synthetic.Value.Count, plan.Sizes.Sum(s => s.Records));
            Assert.True(plan.PostingSkew >= 1.0);
        }
    }

    [Property(MaxTest = 8)]
    public Property Build_AnyPartitioningAndBatches_SameSizesAsTheClusterStore()
    {
        var cases = Gen.Choose(1, 9).Zip(Gen.Choose(2, 6)).Zip(Gen.Choose(1, 150)).Zip(Gen.Choose(20, 120)).ToArbitrary();
        return Prop.ForAll(cases, t =>
        {
            var (((partitions, threshold), batchSize), count) = t;
            var records = Synthetic.Value.Take(count).ToArray();
            var (plan, store) = ImportBothAsync(records, new OrleansStoreOptions { Partitions = partitions, HotKeyThreshold = threshold }, batchSize).GetAwaiter().GetResult();
            using (store)
            {
                var sizes = store.PartitionSizesAsync().GetAwaiter().GetResult();
                return sizes.SequenceEqual(plan.Sizes)
                    .Label(FormattableString.Invariant($"{partitions} partitions, threshold {threshold}, batches of {batchSize}, {count} records"));
            }
        });
    }

    [Fact]
    public async Task Footprint_OnePartition_SendsExactlyTheCandidatesOfTheStore()
    {
        var referential = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 20);
        await referential.ImportAsync(Synthetic.Value);
        var plan = PartitionPlan.Build(Synthetic.Value.Select(referential.StoredFormOf), new OrleansStoreOptions { Partitions = 1 });
        foreach (var query in Synthetic.Value.Where((_, i) => i % 7 == 0))
        {
            var request = referential.CandidateRequestFor(query);
            var fetch = await referential.Store.FetchCandidatesAsync(request);
            var footprint = plan.Footprint(request);

            // One partition answers every key and name value; with the catalog, two calls of two messages each.
            Assert.Equal(1, footprint.PartitionsAsked);
            Assert.Equal(4, footprint.Messages);
            Assert.Equal(fetch.Candidates.Count, footprint.RecordsSent);
            Assert.True(footprint.ReplyBytes > footprint.RequestBytes);
        }
    }

    [Fact]
    public async Task Footprint_ManyPartitions_AsksNoMorePartitionsThanKeysAndValues_SendsEveryCandidate()
    {
        var referential = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 20);
        await referential.ImportAsync(Synthetic.Value);
        var plan = PartitionPlan.Build(Synthetic.Value.Select(referential.StoredFormOf), new OrleansStoreOptions { Partitions = 64 });
        foreach (var query in Synthetic.Value.Where((_, i) => i % 7 == 0))
        {
            var request = referential.CandidateRequestFor(query);
            var fetch = await referential.Store.FetchCandidatesAsync(request);
            var footprint = plan.Footprint(request);
            Assert.InRange(footprint.PartitionsAsked, 1, request.Blocks.Count + request.Terms.Count);
            Assert.Equal(2 * (footprint.PartitionsAsked + 1), footprint.Messages);
            Assert.True(footprint.RecordsSent >= fetch.Candidates.Count);
        }
    }

    [Fact]
    public void Build_TwoRecordsWithOneId_NamesTheItem()
    {
        var person = new StoredPerson("a", "{}", [1UL], []);
        var error = Assert.Throws<ArgumentException>(() => PartitionPlan.Build([person, person]));
        Assert.Contains("item 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoRecords_EmptyPartitionsAndASkewOfOne()
    {
        var plan = PartitionPlan.Build([], new OrleansStoreOptions { Partitions = 3 });
        Assert.Equal(3, plan.Sizes.Count);
        Assert.Equal(1.0, plan.PostingSkew);
        Assert.Equal(0, plan.ImportBytesPerRecord);
    }

    private async Task<(PartitionPlan Plan, OrleansPersonStore Store)> ImportBothAsync(IReadOnlyList<PersonRecord> records, OrleansStoreOptions options, int batchSize)
    {
        var store = cluster.NewStore(options);
        var referential = await PersonReferential.OpenAsync(store);
        await referential.ImportAsync(records, batchSize);
        return (PartitionPlan.Build(records.Select(referential.StoredFormOf), options), store);
    }
}
