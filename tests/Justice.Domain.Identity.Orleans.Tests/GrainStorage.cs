using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// The grain storage a test cluster gives the referential's grains (<see cref="OrleansPersonStore.StorageName"/>):
/// memory storage in the silos for the tests of the partitioning, the ADO.NET provider on PostgreSQL for the tests of
/// durability. Both store the state with Orleans' binary serializer, as a deployment does.
/// </summary>
public static class GrainStorage
{
    /// <summary>The configuration key of the PostgreSQL connection string (<see cref="TestClusterBuilder.Properties"/>).</summary>
    public const string ConnectionKey = "JusticeIdentityStorage";

    /// <summary>Memory grain storage in each silo.</summary>
    public sealed class Memory : ISiloConfigurator
    {
        /// <inheritdoc/>
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddMemoryGrainStorage(OrleansPersonStore.StorageName, o => o.Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
    }

    /// <summary>ADO.NET grain storage on the PostgreSQL connection string of <see cref="ConnectionKey"/>.</summary>
    public sealed class Postgres : ISiloConfigurator
    {
        /// <inheritdoc/>
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddAdoNetGrainStorage(OrleansPersonStore.StorageName, o => o.Configure<Serializer>((options, serializer) =>
            {
                options.Invariant = "Npgsql";
                options.ConnectionString = siloBuilder.Configuration[ConnectionKey]
                    ?? throw new InvalidOperationException($"the test cluster has no {ConnectionKey} property");
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
    }
}
