using FsCheck.Xunit;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Clustering;

public class PairClusteringTests
{
    private const double Match = 3;
    private const double Confirm = 12;

    /// <summary>A chain A–B–C–D of links just above the threshold, plus nothing else.</summary>
    private static readonly ScoredEdge[] Chain = [new(0, 1, 5), new(1, 2, 5), new(2, 3, 5)];

    [Property]
    public Property ConnectedComponents_AnyGraph_EqualsBreadthFirstComponentsOfLinksAboveThreshold()
    {
        return Prop.ForAll(EdgeGraphs.Arbitrary, g =>
        {
            var expected = EdgeGraphs.Components(g.Count, g.Edges.Where(e => e.Weight >= Match).Select(e => (e.Left, e.Right)));
            var actual = PairClustering.ConnectedComponents(g.Count, g.Edges, Match);
            return EdgeGraphs.SamePartition(expected, actual.ClusterOf)
                && Enumerable.Range(0, g.Count).All(i => actual.ClusterOf[i] <= i && actual.ClusterOf[actual.ClusterOf[i]] == actual.ClusterOf[i]);
        });
    }

    [Fact]
    public void ConnectedComponents_Chain_MergesTheWholeChain()
    {
        var clusters = PairClustering.ConnectedComponents(4, Chain, Match);
        Assert.True(clusters.SameCluster(0, 3));
        Assert.Equal(1, clusters.Report.ClusterCount);
    }

    [Property]
    public Property BestLink_AnyGraph_EveryMemberLinksDirectlyToItsCentreAboveThreshold()
    {
        return Prop.ForAll(EdgeGraphs.Arbitrary, g =>
        {
            var heaviest = EdgeGraphs.Heaviest(g.Edges);
            var clusters = PairClustering.BestLink(g.Count, g.Edges, Match);
            return Enumerable.Range(0, g.Count).All(i =>
            {
                var centre = clusters.ClusterOf[i];
                return centre == i
                    ? true
                    : clusters.ClusterOf[centre] == centre
                      && heaviest.TryGetValue((Math.Min(i, centre), Math.Max(i, centre)), out var w) && w >= Match;
            });
        });
    }

    [Property]
    public Property BestLink_AnyGraph_RefinesConnectedComponents()
    {
        return Prop.ForAll(EdgeGraphs.Arbitrary, g =>
        {
            var components = PairClustering.ConnectedComponents(g.Count, g.Edges, Match).ClusterOf;
            var best = PairClustering.BestLink(g.Count, g.Edges, Match).ClusterOf;
            return Enumerable.Range(0, g.Count).All(i => Enumerable.Range(0, g.Count).All(j => best[i] != best[j] || components[i] == components[j]));
        });
    }

    [Property]
    public Property Cluster_AnyMethod_IndependentOfEdgeOrderAndOrientation()
    {
        return Prop.ForAll(EdgeGraphs.Arbitrary, g =>
            Enum.GetValues<ClusteringMethod>().All(method =>
            {
                var first = PairClustering.Cluster(method, g.Count, g.Edges, Match, Confirm);
                var second = PairClustering.Cluster(method, g.Count, EdgeGraphs.Shuffled(g.Edges, g.Seed), Match, Confirm);
                return first.ClusterOf.SequenceEqual(second.ClusterOf) && first.Report == second.Report;
            }));
    }

    [Fact]
    public void BestLink_Chain_DoesNotMergeTheEnds()
    {
        var clusters = PairClustering.BestLink(4, Chain, Match);
        Assert.False(clusters.SameCluster(0, 3));
        Assert.Equal(2, clusters.Report.ClusterCount);
        Assert.Equal(1, clusters.Report.LinksCut);
    }

    [Fact]
    public void BestLink_TriangleWithWeakThirdSide_KeepsTheThreeAroundTheBestLinked()
    {
        // 1 is linked to 0 and 2; 0–2 is below the threshold: both match the centre 1 directly.
        var clusters = PairClustering.BestLink(3, [new(0, 1, 10), new(1, 2, 9), new(0, 2, -4)], Match);
        Assert.Equal([1, 1, 1], clusters.ClusterOf);
    }

    [Property]
    public Property WeakLinkSplitting_AnyGraph_CutsExactlyTheWeakBridges()
    {
        return Prop.ForAll(EdgeGraphs.Arbitrary, g =>
        {
            var links = EdgeGraphs.Heaviest(g.Edges).Where(p => p.Value >= Match).ToList();
            var components = EdgeGraphs.Components(g.Count, links.Select(p => p.Key));
            bool IsBridge((int A, int B) pair)
            {
                var without = EdgeGraphs.Components(g.Count, links.Where(p => p.Key != pair).Select(p => p.Key));
                return without[pair.A] != without[pair.B];
            }

            var kept = links.Where(p => !(p.Value < Confirm && IsBridge(p.Key))).Select(p => p.Key);
            var expected = EdgeGraphs.Components(g.Count, kept);
            var actual = PairClustering.WeakLinkSplitting(g.Count, g.Edges, Match, Confirm);
            var cut = links.Count(p => p.Value < Confirm && IsBridge(p.Key));
            return EdgeGraphs.SamePartition(expected, actual.ClusterOf) && actual.Report.LinksCut == cut
                && EdgeGraphs.SamePartition(components, PairClustering.WeakLinkSplitting(g.Count, g.Edges, Match, Match).ClusterOf);
        });
    }

    [Fact]
    public void WeakLinkSplitting_TwoGroupsJoinedByOneReviewBandLink_Splits()
    {
        ScoredEdge[] edges = [new(0, 1, 20), new(1, 2, 20), new(0, 2, 20), new(3, 4, 20), new(4, 5, 20), new(3, 5, 20), new(2, 3, 5)];
        var clusters = PairClustering.WeakLinkSplitting(6, edges, Match, Confirm);
        Assert.Equal([0, 0, 0, 3, 3, 3], clusters.ClusterOf);
        Assert.Equal(1, clusters.Report.LinksCut);
    }

    [Fact]
    public void WeakLinkSplitting_TwoGroupsJoinedByTwoReviewBandLinks_StaysTogether()
    {
        ScoredEdge[] edges = [new(0, 1, 20), new(1, 2, 20), new(3, 4, 20), new(2, 3, 5), new(1, 4, 5)];
        var clusters = PairClustering.WeakLinkSplitting(5, edges, Match, Confirm);
        Assert.Equal([0, 0, 0, 0, 0], clusters.ClusterOf);
    }

    [Fact]
    public void WeakLinkSplitting_LongChain_DoesNotOverflowTheStack()
    {
        var edges = Enumerable.Range(0, 199_999).Select(i => new ScoredEdge(i, i + 1, i % 2 == 0 ? 20 : 5));
        var clusters = PairClustering.WeakLinkSplitting(200_000, edges, Match, Confirm);
        Assert.Equal(100_000, clusters.Report.ClusterCount);
    }

    [Fact]
    public void WeakLinkSplitting_ConfirmBelowMatch_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PairClustering.WeakLinkSplitting(2, [], 5, 4));
        Assert.Contains("confirmWeight", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_SelfLoop_ThrowsNamingTheEdge()
    {
        var ex = Assert.Throws<ArgumentException>(() => PairClustering.BestLink(3, [new(0, 1, 5), new(2, 2, 5)], Match));
        Assert.Contains("edge 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_IndexBeyondRecordCount_ThrowsNamingTheEdge()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PairClustering.ConnectedComponents(2, [new(0, 5, 5)], Match));
        Assert.Contains("edge 0 (0, 5)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_Report_CountsClustersSingletonsAndLargest()
    {
        var clusters = PairClustering.ConnectedComponents(6, [new(0, 1, 5), new(1, 2, 5), new(3, 4, 5), new(3, 4, 9), new(4, 5, 1)], Match);
        Assert.Equal(new ClusteringReport(ClusteringMethod.ConnectedComponents, 6, 5, 3, 0, 3, 1, 3), clusters.Report);
    }
}
