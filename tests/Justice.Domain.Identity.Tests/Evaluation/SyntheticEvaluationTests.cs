using Justice.Domain.Identity.Synthetic;
using Xunit.Abstractions;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class SyntheticEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Deduplicate_Synthetic3000_PrecisionAndRecallAtLeast098ReviewUnder5Percent()
    {
        var data = new SyntheticGenerator().Generate(3000, 2026);
        var (report, model) = EvaluationHarness.CivilStatus("synthetic", data.Records(), data.Truth);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(model, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.MatchModel));
        output.WriteLine(report.ToString());
        output.WriteLine(string.Join(", ", data.CorruptionCounts.Select(kv => kv.Key + "=" + kv.Value)));
        // Every corruption class and hard non-match of the generator is in this set (1 to 3 classes per duplicate), so
        // more pairs fall in the review band, where the magistrate decides, than on clean data.
        Assert.True(report.Metrics.Recall >= 0.98, report.ToString());
        Assert.True(report.Metrics.Precision >= 0.98, report.ToString());
        Assert.True(report.ReviewShare < 0.05, report.ToString());
        Assert.Equal(0, model.Fields.Single(f => f.Field == "birth_date").Levels.Single(l => l.Level == "generation-apart").M - 0.0001, 12);
    }
}
