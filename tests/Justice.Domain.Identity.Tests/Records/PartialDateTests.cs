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
    [InlineData("1985-00-12", 1985, 0, 12)]
    [InlineData("0000-03-12", 0, 3, 12)]
    [InlineData("0000-02-29", 0, 2, 29)]
    [InlineData("0000-00-00", 0, 0, 0)]
    [InlineData("12/03/1970", 1970, 3, 12)]
    [InlineData("00/00/1970", 1970, 0, 0)]
    public void TryParse_Valid_Parts(string text, int y, int m, int d)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out _));
        Assert.Equal(new PartialDate(y, m, d), date);
        Assert.Equal(text.Length == 10 && text[4] == '-' ? text : FormattableString.Invariant($"{y:0000}-{m:00}-{d:00}"), date.ToString());
    }

    [Theory]
    [InlineData("1985-13-45", "month")]
    [InlineData("1985-02-30", "day")]
    [InlineData("1900-02-29", "day")]
    [InlineData("1985-00-32", "day")]
    [InlineData("0999-01-01", "year")]
    [InlineData("85-01-01", "YYYY-MM-DD")]
    [InlineData("abcd-ef-gh", "YYYY-MM-DD")]
    public void TryParse_Invalid_ErrorNamesRule(string text, string rule)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(rule, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1980-02-30", 1980, 2, 0, "day does not exist")]
    [InlineData("1979-13-05", 1979, 0, 5, "month must be 01-12")]
    [InlineData("1900-02-29", 1900, 2, 0, "day does not exist")]
    [InlineData("0999-05-04", 0, 5, 4, "year must be 1000-9999")]
    [InlineData("1970-14-40", 1970, 0, 0, "month must be 01-12")]
    public void Read_ImpossiblePart_KeepsThePossiblePartsAndFlags(string text, int y, int m, int d, string rule)
    {
        var date = PartialDate.Read(text, out var flag);
        Assert.Equal(new PartialDate(y, m, d), date);
        Assert.NotNull(flag);
        Assert.Contains(rule, flag, StringComparison.Ordinal);
        Assert.EndsWith("read as unknown", flag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0000-00-00")]
    [InlineData("00000000")]
    public void Read_NothingKnown_NullWithoutFlag(string text)
    {
        Assert.Null(PartialDate.Read(text, out var flag));
        Assert.Null(flag);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1970/03/12")]
    [InlineData("70-03-12")]
    public void Read_NoDate_NullWithFlagNamingTheForms(string text)
    {
        Assert.Null(PartialDate.Read(text, out var flag));
        Assert.Contains("expected YYYY-MM-DD", flag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1985-00-12", 1985, 0, 12)]
    [InlineData("0000-03-12", 0, 3, 12)]
    [InlineData("1970-01-01", 1970, 1, 1)]
    public void Read_ValidPartialDate_KeptWhole(string text, int y, int m, int d)
    {
        Assert.Equal(new PartialDate(y, m, d), PartialDate.Read(text, out var flag));
        Assert.Null(flag);
    }
}
