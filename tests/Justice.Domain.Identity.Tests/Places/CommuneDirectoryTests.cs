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
}
