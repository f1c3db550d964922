using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// Boundaries of the public drawing of lots (RFC 3797) that the worked example left unchecked: the letters and digits
/// at the ends of their ranges, accented letters, a zero among the numbers, and the largest pool.
/// </summary>
public class LotBoundaryTests
{
    [Fact]
    [Trait("Article", "RFC 3797, § 4")]
    public void FromText_KeepsTheLettersAndDigitsAtBothEndsOfTheirRanges()
    {
        Assert.Equal("AZAZ09./", EntropySource.FromText("text", "aZ-Az 0,9").Canonical);
        Assert.Equal("AEOEZ./", EntropySource.FromText("text", "àéœ z").Canonical);
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 4")]
    public void Integers_ZeroIsANumberAndTheyAreSorted()
    {
        Assert.Equal("0.5.9./", EntropySource.Integers("numbers", 9, 0, 5).Canonical);
        Assert.Throws<ArgumentOutOfRangeException>(() => EntropySource.Integers("numbers", 3, -1));
        Assert.Throws<ArgumentException>(() => EntropySource.FromText("text", "-- ,"));
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 4")]
    public void Parse_NumbersOrText()
    {
        Assert.Equal("2.11./", EntropySource.Parse("numbers", "11, 2").Canonical);
        Assert.Equal("11A2./", EntropySource.Parse("text", "11a 2").Canonical);
    }

    [Fact]
    [Trait("Article", "RFC 3797, § 5")]
    public void Draw_APoolOfAtMost65535Items()
    {
        var lots = DrawingOfLots.Seeded(1);
        var largest = Enumerable.Range(1, DrawingOfLots.MaxPool).Select(i => "m" + i).ToList();
        Assert.Single(lots.Draw(largest, 1).Selected);
        Assert.Throws<ArgumentOutOfRangeException>(() => lots.Draw(largest.Append("one more"), 1));
    }
}
