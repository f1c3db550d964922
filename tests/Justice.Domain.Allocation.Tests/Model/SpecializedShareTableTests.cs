using Justice.Domain.Allocation.Model;

namespace Justice.Domain.Allocation.Tests.Model;

public class SpecializedShareTableTests
{
    [Theory]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    [InlineData(1, 40)]
    [InlineData(4, 40)]
    [InlineData(5, 35)]
    [InlineData(6, 35)]
    [InlineData(7, 30)]
    [InlineData(8, 30)]
    [InlineData(9, 25)]
    [InlineData(12, 25)]
    [InlineData(13, 20)]
    [InlineData(16, 20)]
    [InlineData(17, 15)]
    [InlineData(20, 15)]
    [InlineData(21, 10)]
    [InlineData(30, 10)]
    [InlineData(31, 5)]
    [InlineData(50, 5)]
    [InlineData(51, 2)]
    [InlineData(400, 2)]
    public void PercentFor_Circular2000_MatchesTheTable(int seatCount, int percent)
    {
        Assert.Equal(percent, SpecializedShareTable.Circular2000.PercentFor(seatCount));
    }

    [Fact]
    public void Reference_Circular2000_CitesAnnexI()
    {
        Assert.Equal("Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention", SpecializedShareTable.Reference.ToString());
    }

    [Fact]
    public void PercentFor_SizeAboveAFiniteTable_ThrowsNamingTheSize()
    {
        var table = new SpecializedShareTable([new(4, 40)]);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => table.PercentFor(5));
        Assert.Contains("seatCount was 5", error.Message, StringComparison.Ordinal);
    }
}
