using Justice.Domain.Identity.Clustering;

namespace Justice.Domain.Identity.Tests.Clustering;

public class RecordClustersTests
{
    [Fact]
    public void SameCluster_IndexOutOfRange_ThrowsNamingTheArgument()
    {
        var clusters = PairClustering.ConnectedComponents(2, [new(0, 1, 5)], 3);
        Assert.True(clusters.SameCluster(1, 0));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => clusters.SameCluster(0, 2));
        Assert.Contains("second", ex.Message, StringComparison.Ordinal);
    }
}
