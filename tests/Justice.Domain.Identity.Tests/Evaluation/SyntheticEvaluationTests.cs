using Justice.Samples.Synthetic;
using Xunit.Abstractions;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class SyntheticEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Deduplicate_Synthetic3000_F1AtLeast095ReviewUnder3Percent()
    {
        var data = new SyntheticGenerator().Generate(3000, 2026);
        var (report, model) = EvaluationHarness.CivilStatus("synthetic", data.Records(), data.Truth);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(model, Justice.Domain.Identity.Serialization.IdentityJsonContext.Default.MatchModel));
        output.WriteLine(report.ToString());
        output.WriteLine(string.Join(", ", data.CorruptionCounts.Select(kv => kv.Key + "=" + kv.Value)));
        Assert.True(report.Metrics.Recall >= 0.95, report.ToString());
        Assert.True(report.Metrics.Precision >= 0.95, report.ToString());
        Assert.True(report.Metrics.F1 >= 0.95, report.ToString());
        Assert.True(report.ReviewShare < 0.03, report.ToString());
        Assert.Equal(0, model.Fields.Single(f => f.Field == "birth_date").Levels.Single(l => l.Level == "generation-apart").M - 0.0001, 12);
    }
}
