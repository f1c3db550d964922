using Justice.Domain.Identity.Synthetic;
using Xunit.Abstractions;

namespace Justice.Domain.Identity.Tests.Evaluation;

public sealed class FebrlEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Deduplicate_Febrl1_F1AtLeast099()
    {
        var report = EvaluationHarness.FebrlDeduplication("febrl-dataset1.csv");
        output.WriteLine(report.ToString());
        Assert.True(report.Metrics.F1 >= 0.99, report.ToString());
    }
}
