using Justice.Domain.Allocation.Caps;
using Justice.Domain.Allocation.Model;

namespace Justice.Domain.Allocation.Tests.Caps;

public class PlacedMagistrateCapTests
{
    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 3-1, al. 5")]
    public void For_150FirstInstanceMagistrates_AllowsTenPlaced()
    {
        var cap = PlacedMagistrateCap.For("CA-DOUAI", 150, 7, PlacedMagistrateQuota.Ordinance58_1270In2000);

        Assert.Equal(10, cap.MaximumPlaced);
        Assert.Equal(3, cap.RemainingPosts);
        Assert.Equal("Ord. 58-1270, art. 3-1, al. 5", cap.Reference.ToString());
    }

    [Theory]
    [InlineData(14, 0)]
    [InlineData(15, 1)]
    [InlineData(29, 1)]
    [InlineData(30, 2)]
    public void For_OneFifteenth_RoundsDown(int magistrates, int maximum)
    {
        Assert.Equal(maximum, PlacedMagistrateCap.For("CA-X", magistrates, 0, PlacedMagistrateQuota.Ordinance58_1270In2000).MaximumPlaced);
    }

    [Fact]
    public void For_QuotaAlreadyExceeded_NoRemainingPost()
    {
        Assert.Equal(0, PlacedMagistrateCap.For("CA-X", 30, 5, PlacedMagistrateQuota.Ordinance58_1270In2000).RemainingPosts);
    }

    [Fact]
    public void ForRessort_SumsTheFirstInstanceCourtsOfTheRessort()
    {
        var none = new Dictionary<string, IReadOnlyList<decimal>>();
        Court[] courts =
        [
            new("TJ-1", "1", none, 40, 20) { AppealCourtId = "CA-X" },
            new("TJ-2", "2", none, 20, 10) { AppealCourtId = "CA-X" },
            new("TJ-3", "3", none, 99, 0) { AppealCourtId = "CA-Y" },
            new("CA-X", "Cour", none, 30, 0) { AppealCourtId = "CA-X", Kind = CourtKind.CourDAppel },
        ];
        var cap = PlacedMagistrateCap.ForRessort("CA-X", courts, 1, PlacedMagistrateQuota.Ordinance58_1270In2000);

        Assert.Equal(90, cap.FirstInstanceMagistrates);
        Assert.Equal(6, cap.MaximumPlaced);
        Assert.Equal(5, cap.RemainingPosts);
    }

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents placés")]
    [Trait("Article", "Ord. 58-1270, art. 3-1, al. 5")]
    public void ForRessort_Siege150AndParquet60_CountsEveryMagistrateAndAllowsFourteen()
    {
        // "1/15 du total des magistrats des tribunaux de première instance du ressort": siège 150 (100 + 50, specialised
        // included) and parquet 60 make 210 magistrates, 210 / 15 = 14 (the siège alone would allow 10).
        var none = new Dictionary<string, IReadOnlyList<decimal>>();
        Court[] courts =
        [
            new("TJ-1", "1", none, 70, 30) { AppealCourtId = "CA-X", ParquetMagistrates = 40 },
            new("TJ-2", "2", none, 35, 15) { AppealCourtId = "CA-X", ParquetMagistrates = 20 },
            new("CA-X", "Cour", none, 30, 0) { AppealCourtId = "CA-X", Kind = CourtKind.CourDAppel, ParquetMagistrates = 12 },
        ];
        var cap = PlacedMagistrateCap.ForRessort("CA-X", courts, 9, PlacedMagistrateQuota.Ordinance58_1270In2000);

        Assert.Equal(210, cap.FirstInstanceMagistrates);
        Assert.Equal(14, cap.MaximumPlaced);
        Assert.Equal(5, cap.RemainingPosts);
        Assert.Equal("Ord. 58-1270, art. 3-1, al. 5", cap.Reference.ToString());
    }

    [Fact]
    public void For_NegativeCount_ThrowsNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PlacedMagistrateCap.For("CA-X", -1, 0, PlacedMagistrateQuota.Ordinance58_1270In2000));
        Assert.Contains("firstInstanceMagistrates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quota_DenominatorBelowNumerator_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlacedMagistrateQuota(2, 1));
    }
}
