using Justice.Domain.Identity.Places;

namespace Justice.Domain.Identity.Tests.Places;

public sealed class CommuneDirectoryTests
{
    private readonly CommuneDirectory directory = CommuneDirectory.Default;

    [Theory]
    [InlineData("75101", "75056")] // Paris 1er → Paris
    [InlineData("69383", "69123")] // Lyon 3e → Lyon
    [InlineData("13201", "13055")] // Marseille 1er → Marseille
    [InlineData("20004", "2A004")] // Ajaccio before 1976 → 2A
    [InlineData("2A004", "2A004")]
    [InlineData("01340", "01015")] // Arbignieu, merged into Arboys en Bugey
    public void Resolve_HistoricalCodes_CurrentCommune(string code, string current)
    {
        var place = directory.Resolve(code, null, null);
        Assert.Equal(current, place.Commune);
        Assert.Equal("FR", place.Country);
    }

    [Fact]
    public void Resolve_ForeignAndUnknown_KeptOpaque()
    {
        Assert.Equal("99350", directory.Resolve(null, "Casablanca", "99350").Country);
        Assert.Equal("99999", directory.Resolve(null, null, "99999").Country);
        var unknown = directory.Resolve("99123", null, null);
        Assert.Equal("99123", unknown.Country);
        var opaque = directory.Resolve("01999", null, null);
        Assert.Equal("01999", opaque.Commune);
        Assert.Equal("01", opaque.Department);
        Assert.True(directory.Resolve(null, null, null).IsUnknown);
        Assert.True(directory.Count > 35_000);
    }

    [Theory]
    [InlineData(null, "ST MARTIN DE VALGALGUES", "30284")]
    [InlineData(null, "Saint-Martin-de-Valgalgues", "30284")]
    [InlineData(null, "EPERLECQUES", "62297")]
    [InlineData("75011", null, "94011")] // a former INSEE code (a commune of the old Seine department), not Paris 11e
    [InlineData("75111", null, "75056")]
    [InlineData("75011", "PARIS", "75056")]
    [InlineData("69001", "LYON", "69123")]
    [InlineData("69001", null, "69001")]
    [InlineData("62910", "EPERLECQUES", "62297")]
    [InlineData("62297", "Éperlecques", "62297")]
    public void Resolve_NameOnlyPostalCodeOrMistypedCode_TheCommuneOfTheName(string? code, string? name, string commune)
    {
        Assert.Equal(commune, CommuneDirectory.Default.Resolve(code, name, null).Commune);
    }

    [Fact]
    public void Resolve_NameOfSeveralCommunes_KeptAsAnOpaqueNameKey()
    {
        // Sainte-Geneviève-des-Bois is a commune of the Essonne and of the Loiret.
        var place = CommuneDirectory.Default.Resolve(null, "SAINTE GENEVIEVE DES BOIS", null);
        Assert.Equal("NAME:SAINTEGENEVIEVEDESBOIS", place.Commune);
        Assert.Null(place.Department);
    }

    [Theory]
    [InlineData("PORT (LE)", "LEPORT")]
    [InlineData("Le Port", "LEPORT")]
    [InlineData("ST-DENIS", "SAINTDENIS")]
    [InlineData("Ste Foy", "SAINTEFOY")]
    public void FoldName_ArticlesAndSaints_OneForm(string name, string folded)
    {
        Assert.Equal(folded, CommuneDirectory.FoldName(name));
    }
}
