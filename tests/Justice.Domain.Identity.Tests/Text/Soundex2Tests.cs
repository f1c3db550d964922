using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Text;

public sealed class Soundex2Tests
{
    // Vectors of the Talisman library's Soundex2 test suite (Carlier / Brouard rules).
    [Theory]
    [InlineData("Asamian", "AZMN")]
    [InlineData("Knight", "NG")]
    [InlineData("MacKenzie", "MKNZ")]
    [InlineData("Pfeifer", "FR")]
    [InlineData("Philippe", "FLP")]
    [InlineData("Schindler", "SNDL")]
    [InlineData("Chateau", "CHT")]
    [InlineData("Habitat", "HBT")]
    [InlineData("Téhéran", "TRN")]
    [InlineData("Essayer", "ESYR")]
    [InlineData("Crayon", "CRYN")]
    [InlineData("Plyne", "PLN")]
    [InlineData("Barad", "BR")]
    [InlineData("Martin", "MRTN")]
    [InlineData("Bernard", "BRNR")]
    [InlineData("Faure", "FR")]
    [InlineData("Perez", "PRZ")]
    [InlineData("Gros", "GR")]
    [InlineData("Chapuis", "CHP")]
    [InlineData("Boyer", "BYR")]
    [InlineData("Gauthier", "KTR")]
    [InlineData("Rey", "RY")]
    [InlineData("Barthélémy", "BRTL")]
    [InlineData("Henry", "HNR")]
    [InlineData("Moulin", "MLN")]
    [InlineData("Rousseau", "RS")]
    public void Encode_PublishedVectors_Expected(string name, string code) => Assert.Equal(code, Soundex2.Encode(name));

    [Fact]
    public void Encode_PhoneticRespellings_SameCode()
    {
        Assert.Equal(Soundex2.Encode("GAUTHIER"), Soundex2.Encode("GAUTIER"));
        Assert.Equal(Soundex2.Encode("PHILIPPE"), Soundex2.Encode("FILIPE"));
        Assert.Equal(string.Empty, Soundex2.Encode("  - "));
    }
}
