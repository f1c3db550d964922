using FsCheck.Xunit;
using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public class ThresholdTests
{
    [Property]
    public Property IsMet_AnyFraction_EqualsTheRationalDefinition()
    {
        // Oracle: decimal division. Two different fractions of integers below 10^4 differ by at least 10^-8, far
        // above decimal's 28 significant digits, and equal fractions round identically, so the comparison is exact.
        var arb = Gen.Choose(0, 9999).Zip(Gen.Choose(1, 9999)).Zip(Gen.Choose(1, 50).SelectMany(d => Gen.Choose(0, d).Select(n => (n, d)))).Zip(Gen.Elements(Comparison.AtLeast, Comparison.MoreThan)).ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var (((count, @base), (n, d)), comparison) = input;
            var threshold = Threshold.Fraction(n, d, comparison);
            var ratio = (decimal)count / @base;
            var fraction = (decimal)n / d;
            var expected = comparison == Comparison.MoreThan ? ratio > fraction : ratio >= fraction;
            return threshold.IsMet(count, @base) == expected
                && threshold.IsMet(threshold.MinimumOf(@base), @base)
                && (threshold.MinimumOf(@base) == 0 || !threshold.IsMet(threshold.MinimumOf(@base) - 1, @base));
        });
    }

    [Theory]
    [InlineData(10, 6)]
    [InlineData(11, 6)]
    [InlineData(0, 1)]
    public void MoreThanHalf_Minimum_IsHalfFloorPlusOne(int @base, long expected)
    {
        Assert.Equal(expected, Threshold.MoreThanHalf.MinimumOf(@base));
    }

    [Fact]
    public void TwoThirds_IsAtLeastTwoThirds()
    {
        Assert.True(Threshold.TwoThirds.IsMet(18, 27));
        Assert.False(Threshold.TwoThirds.IsMet(17, 27));
        Assert.True(Threshold.TwoThirds.IsMet(2, 3));
    }

    [Fact]
    public void Fraction_NumeratorAboveDenominator_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Threshold.Fraction(4, 3, Comparison.AtLeast));
        Assert.Contains("numerator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void None_IsAlwaysMet()
    {
        Assert.True(Threshold.None.IsMet(0, 100));
    }
}
