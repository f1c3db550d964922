using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Scoring;

public class ScoredEdgeTests
{
    [Fact]
    public void Constructor_NegativeIndex_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ScoredEdge(-1, 0, 1));
        Assert.Contains("left", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NotANumberWeight_ThrowsNamingTheArgument()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new ScoredEdge(0, 1, double.NaN));
        Assert.Contains("weight", ex.Message, StringComparison.Ordinal);
    }
}
