using Orleans.TestingHost;

namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>
/// One cluster of three silos in the test process, shared by every test class of the collection
/// <see cref="ClusterCollection"/>: in-memory membership (the test cluster's own), grain state in memory storage.
/// Each test takes a referential of its own name, so that tests never see each other's records.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private int referentials;

    /// <summary>The number of silos.</summary>
    public const short Silos = 3;

    /// <summary>The cluster.</summary>
    public TestCluster Cluster { get; } = new TestClusterBuilder(Silos).AddSiloBuilderConfigurator<GrainStorage.Memory>().Build();

    /// <summary>A store on a new referential of the cluster.</summary>
    public OrleansPersonStore NewStore(OrleansStoreOptions? options = null) =>
        new(Cluster.Client, "referential-" + Interlocked.Increment(ref referentials).ToString(System.Globalization.CultureInfo.InvariantCulture), options);

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await Cluster.DeployAsync().WaitAsync(deadline.Token);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
