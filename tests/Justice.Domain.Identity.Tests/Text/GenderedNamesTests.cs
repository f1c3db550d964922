using FsCheck.Xunit;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

public sealed class GenderedNamesTests
{
    [Theory]
    [InlineData("MICHEL", "MICHELE")]
    [InlineData("DANIEL", "DANIELLE")]
    [InlineData("JEAN", "JEANNE")]
    [InlineData("PAUL", "PAULINE")]
    [InlineData("LOUIS", "LOUISE")]
    [InlineData("MARCEL", "MARCELLE")]
    [InlineData("ANTONIO", "ANTONIA")]
    [InlineData("GIUSEPPE", "GIUSEPPINA")]
    [InlineData("FREDERIC", "FREDERIQUE")]
    [InlineData("JULIEN", "JULIENNE")]
    public void MasculineAndFeminineForms(string masculine, string feminine)
    {
        Assert.True(GenderedNames.AreForms(masculine, feminine));
        Assert.True(GenderedNames.AreForms(feminine, masculine));
    }

    [Theory]
    [InlineData("MATTEO", "MAGTEO")] // a typo inside the name
    [InlineData("ADRIEN", "ADEIEN")]
    [InlineData("THOMAS", "THOMA")] // a letter lost at the end, not a feminine ending
    [InlineData("MARIE", "MARIE")] // the same name
    [InlineData("JEAN", "PIERRE")]
    [InlineData("LI", "LIA")] // a stem under three letters
    [InlineData("MARIE", "MAXIME")]
    public void NotForms(string a, string b) => Assert.False(GenderedNames.AreForms(a, b));

    [Property]
    public bool AreForms_IsSymmetric(NonNull<string> a, NonNull<string> b) =>
        GenderedNames.AreForms(a.Get, b.Get) == GenderedNames.AreForms(b.Get, a.Get);
}
