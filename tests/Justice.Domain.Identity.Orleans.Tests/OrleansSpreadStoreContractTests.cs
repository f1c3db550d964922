using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Referential.Tests.Contract;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// The store contract on a three-silo cluster with five partitions and a hot-key threshold of 2: nearly every key
/// shared by three records is spread and its postings moved, so the contract checks the spreading too; and pages of
/// two records when the referential is read back, so that it checks the paging too.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OrleansSpreadStoreContractTests(ClusterFixture cluster) : PersonStoreContract
{
    /// <inheritdoc/>
    protected override Task<IPersonStore> NewStoreAsync() =>
        Task.FromResult<IPersonStore>(cluster.NewStore(new OrleansStoreOptions { Partitions = 5, HotKeyThreshold = 2, ReadPageSize = 2 }));
}
