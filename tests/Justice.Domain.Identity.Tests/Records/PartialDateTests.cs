using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Tests.Records;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1970-03-12", 1970, 3, 12)]
    [InlineData("1970-03-00", 1970, 3, 0)]
    [InlineData("1970-00-00", 1970, 0, 0)]
    [InlineData("19700312", 1970, 3, 12)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    public void TryParse_Valid_Parts(string text, int y, int m, int d)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out _));
        Assert.Equal(new PartialDate(y, m, d), date);
        Assert.Equal(text.Length == 10 ? text : date.ToString(), date.ToString());
    }

    [Theory]
    [InlineData("1985-13-45", "month")]
    [InlineData("1985-02-30", "day")]
    [InlineData("1900-02-29", "day")]
    [InlineData("1985-00-12", "known day")]
    [InlineData("85-01-01", "YYYY-MM-DD")]
    [InlineData("abcd-ef-gh", "YYYY-MM-DD")]
    public void TryParse_Invalid_ErrorNamesRule(string text, string rule)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(rule, error, StringComparison.Ordinal);
    }
}
