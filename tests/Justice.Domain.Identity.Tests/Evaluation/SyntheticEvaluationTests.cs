using Justice.Samples.Synthetic;
using Xunit.Abstractions;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class SyntheticEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Deduplicate_Synthetic3000_RecallAtLeast095()
    {
        var data = new SyntheticGenerator(RepositoryPaths.InseeCommunes()).Generate(3000, 2026);
        var (report, model) = EvaluationHarness.CivilStatus("synthetic", data.Records(), data.Truth);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(model, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.MatchModel));
        output.WriteLine(report.ToString());
        output.WriteLine(string.Join(", ", data.NoiseCounts.Select(kv => kv.Key + "=" + kv.Value)));
        Assert.True(report.Metrics.Recall >= 0.95, report.ToString());
    }
}
