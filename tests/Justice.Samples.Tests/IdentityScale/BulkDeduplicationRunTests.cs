using System.Globalization;
using Justice.Samples.IdentityScale;

namespace Justice.Samples.Tests.IdentityScale;

public sealed class BulkDeduplicationRunTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16_385)]
    [InlineData(300_001)]
    public void WriteRows_ManyChunksOnAllCores_SameTextAsOneRowAfterTheOther(int count)
    {
        static void Row(int i, TextWriter text)
        {
            text.Write(i.ToString(CultureInfo.InvariantCulture));
            text.Write(",\"x\"\n");
        }

        var expected = new StringWriter(CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            Row(i, expected);
        }

        var actual = new StringWriter(CultureInfo.InvariantCulture);
        ScaleProgress.Run(true, null, TextWriter.Null, progress =>
        {
            BulkDeduplicationRun.WriteRows(actual, count, Row, progress, CancellationToken.None);
            return 0;
        });

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void WriteRows_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ScaleProgress.Run(true, null, TextWriter.Null, progress =>
        {
            BulkDeduplicationRun.WriteRows(TextWriter.Null, 10, (_, _) => { }, progress, cancelled.Token);
            return 0;
        }));
    }
}
