using System.Text.Json;
using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Identity.Tests.Linkage;

public class BulkResultJsonTests
{
    [Property]
    public Property RoundTrip_AnyClustering_IsLossless()
    {
        return Prop.ForAll(Clustering.EdgeGraphs.Arbitrary, g =>
        {
            var clusters = PairClustering.WeakLinkSplitting(g.Count, g.Edges, 3, 12);
            var blocking = new BlockingReport(g.Count, 100, 7, [new BlockingRuleReport("rule", g.Count, 2, 9, 7, 1, 120, 7140, 120)]);
            var result = new BulkResult(clusters, blocking, 9, 2, g.Edges.Where(e => e.Weight >= 3).ToArray(), g.Edges.Where(e => e.Weight < 3).ToArray(), new OneToOneLinks([.. g.Edges.Take(1)], 1, 0));
            var json = JsonSerializer.Serialize(result, IdentityJsonContext.Default.BulkResult);
            var back = JsonSerializer.Deserialize(json, IdentityJsonContext.Default.BulkResult)!;
            return json == JsonSerializer.Serialize(back, IdentityJsonContext.Default.BulkResult)
                && back.Clusters.ClusterOf.SequenceEqual(clusters.ClusterOf)
                && back.Clusters.Report == clusters.Report
                && back.MatchEdges.SequenceEqual(result.MatchEdges)
                && back.ReviewPairs.SequenceEqual(result.ReviewPairs);
        });
    }

    [Fact]
    public void RoundTrip_Recall_KeepsTheCeiling()
    {
        var recall = new BlockingRecall(10, 9, 1, [5, 4]);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(recall, IdentityJsonContext.Default.BlockingRecall), IdentityJsonContext.Default.BlockingRecall)!;
        Assert.Equal(0.9, back.RecallCeiling);
        Assert.Equal([5L, 4L], back.TruePairsByRule);
    }
}
