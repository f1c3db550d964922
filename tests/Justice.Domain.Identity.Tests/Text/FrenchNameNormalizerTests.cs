using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

public sealed class FrenchNameNormalizerTests
{
    private readonly FrenchNameNormalizer normalizer = FrenchNameNormalizer.Default;

    [Fact]
    public void Normalize_Particles_StrippedAlternative()
    {
        var name = normalizer.Normalize("de La Fontaine");
        Assert.Equal("DELAFONTAINE", name.Full);
        Assert.Equal("FONTAINE", name.WithoutParticles);
        Assert.Equal("DARTAGNAN", normalizer.Normalize("d'Artagnan").Full);
        Assert.Equal("ARTAGNAN", normalizer.Normalize("D’ARTAGNAN").WithoutParticles);
    }

    [Fact]
    public void Normalize_CompoundFirstNames_SameFullForm()
    {
        Assert.Equal(normalizer.Normalize("Jean-Pierre").Full, normalizer.Normalize("JEAN PIERRE").Full);
        Assert.Equal(normalizer.Normalize("jeanpierre").Full, normalizer.Normalize("Jean Pierre").Full);
    }

    [Fact]
    public void Normalize_DoubleName_TokensBoth()
    {
        var name = normalizer.Normalize("DUPONT-MARTIN");
        Assert.Equal(["DUPONT", "MARTIN"], name.Tokens);
    }

    [Theory]
    [InlineData("ST DENIS", "SAINTDENIS")]
    [InlineData("Ste-Marie", "SAINTEMARIE")]
    public void Normalize_Saint_Expanded(string input, string expected) => Assert.Equal(expected, normalizer.Normalize(input).Full);

    [Theory]
    [InlineData("inconnu")]
    [InlineData("SNP")]
    [InlineData("X")]
    [InlineData("xxx")]
    [InlineData("Sans nom")]
    [InlineData("sans prénom")]
    [InlineData("")]
    public void Normalize_Placeholder_Missing(string input) => Assert.True(normalizer.Normalize(input).IsMissing);

    [Fact]
    public void Constructor_CustomParticles_Used()
    {
        var custom = new FrenchNameNormalizer(["Ter"], []);
        Assert.Equal("HORST", custom.Normalize("ter Horst").WithoutParticles);
        Assert.Equal("DELAFONTAINE", custom.Normalize("de la Fontaine").WithoutParticles);
    }
}
