using FsCheck.Xunit;
using Justice.Domain.Core;

namespace Justice.Domain.Core.Tests;

public class GuardTests
{
    [Fact]
    public void Positive_Zero_MessageNamesArgumentValueAndRange()
    {
        var seats = 0;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Positive(seats));
        Assert.Equal("seats", ex.ParamName);
        Assert.StartsWith("seats was 0; expected 1 or more.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InRange_Outside_MessageGivesBounds()
    {
        var article = 34;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(article, 1, 33));
        Assert.StartsWith("article was 34; expected between 1 and 33 inclusive.", ex.Message, StringComparison.Ordinal);
    }

    [Property]
    public Property InRange_AnyValue_ThrowsExactlyWhenOutside()
    {
        return Prop.ForAll(Gen.Choose(-100, 100).ToArbitrary(), v =>
        {
            var inside = v >= -10 && v <= 10;
            try
            {
                return Guard.InRange(v, -10, 10) == v && inside;
            }
            catch (ArgumentOutOfRangeException)
            {
                return !inside;
            }
        });
    }

    [Fact]
    public void NotNegative_Negative_Throws()
    {
        var votes = -3L;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.NotNegative(votes));
        Assert.StartsWith("votes was -3; expected 0 or more.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotNull_Null_ThrowsArgumentNull()
    {
        string? name = null;
        var ex = Assert.Throws<ArgumentNullException>(() => Guard.NotNull(name));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void NotBlank_Whitespace_Throws()
    {
        var list = "  ";
        var ex = Assert.Throws<ArgumentException>(() => Guard.NotBlank(list));
        Assert.Contains("list must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Probability_Nan_Throws()
    {
        var m = double.NaN;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Probability(m));
        Assert.Contains("between 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finite_Infinity_Throws()
    {
        var load = double.PositiveInfinity;
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Finite(load));
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.FiniteNotNegative(-1.0));
    }

    [Fact]
    public void Defined_UndefinedEnum_ListsNames()
    {
        var division = (LegalDivision)42;
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Defined(division));
        Assert.Contains("Article, Annex, Section", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoNullElements_NullItem_NamesIndex()
    {
        string?[] names = ["a", null];
        var ex = Assert.Throws<ArgumentException>(() => Guard.NoNullElements(names));
        Assert.Contains("names[1]", ex.Message, StringComparison.Ordinal);
    }
}
