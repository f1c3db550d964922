namespace Justice.Domain.Identity.Orleans.Tests;

/// <summary>The tests that share one three-silo cluster (<see cref="ClusterFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "three silos";
}
