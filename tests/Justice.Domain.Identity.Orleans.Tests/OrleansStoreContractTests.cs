using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Referential.Tests.Contract;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>The store contract on a three-silo cluster, with the default partitioning (16 partitions).</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrleansStoreContractTests(ClusterFixture cluster) : PersonStoreContract
{
    /// <inheritdoc/>
    protected override Task<IPersonStore> NewStoreAsync() => Task.FromResult<IPersonStore>(cluster.NewStore());
}
