using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Hélène d'Aubigné", "HELENE D AUBIGNE")]
    [InlineData("Œdipe  Lætitia", "OEDIPE LAETITIA")]
    [InlineData("jean-pierre", "JEAN PIERRE")]
    [InlineData("Ç'ÿ Łukasz Straße", "C Y LUKASZ STRASSE")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Fold_FrenchText_UpperCaseWithoutDiacritics(string? input, string expected) => Assert.Equal(expected, TextFolding.Fold(input));
}
