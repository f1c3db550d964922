using Justice.Domain.Identity.Evaluation;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class PairwiseEvaluationTests
{
    [Fact]
    public void Evaluate_KnownClustering_CountsPairs()
    {
        var truth = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2", ["e"] = "3" };
        var clusters = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y", ["e"] = "z" };
        var metrics = PairwiseEvaluation.Evaluate(clusters, truth);
        Assert.Equal((1L, 1L, 2L), (metrics.TruePositives, metrics.FalsePositives, metrics.FalseNegatives));
        Assert.Equal(0.5, metrics.Precision);
        Assert.Equal(1.0 / 3, metrics.Recall, 12);
        Assert.Equal(0.4, metrics.F1, 12);
    }
}
