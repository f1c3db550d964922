namespace Justice.Samples.Tests.IdentityScale;

/// <summary>Runs <see cref="NoCollectionRegionTests"/> alone, after the tests that run in parallel.</summary>
[CollectionDefinition(nameof(NoCollectionRegionTests), DisableParallelization = true)]
public sealed class NoCollectionRegionCollection
{
}
