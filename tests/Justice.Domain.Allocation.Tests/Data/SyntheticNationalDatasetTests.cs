using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Data;

public class SyntheticNationalDatasetTests
{
    [Fact]
    public void Create_Default_Has164CourtsIn36AppealCourts()
    {
        var request = SyntheticNationalDataset.Create();

        Assert.Equal(164, request.Courts.Count);
        Assert.Equal(36, request.Courts.Select(c => c.AppealCourtId).Distinct().Count());
        Assert.Equal(7, request.Criteria.Count);
        Assert.Equal(SyntheticNationalDataset.DefaultPosts, request.Posts);
        Assert.All(request.Courts, c => Assert.Contains("synthétique", c.Name, StringComparison.Ordinal));
        Assert.True(AllocationRequestValidator.Validate(request).IsValid);
    }

    [Fact]
    public void Create_Twice_SameFigures()
    {
        var a = SyntheticNationalDataset.Create();
        var b = SyntheticNationalDataset.Create();
        Assert.Equal(
            a.Courts.Select(c => string.Join(",", c.Values.SelectMany(v => v.Value)) + c.NonSpecialized + c.PopulationGrowth),
            b.Courts.Select(c => string.Join(",", c.Values.SelectMany(v => v.Value)) + c.NonSpecialized + c.PopulationGrowth));
    }

    [Fact]
    public void Create_Default_PlausibleMagnitudes()
    {
        var courts = SyntheticNationalDataset.Create().Courts;
        Assert.All(courts, c => Assert.InRange(c.NonSpecialized, 3, 75));
        var civilPerMagistrate = courts.Select(c => c.Values["civil_flow"].Average() / (c.NonSpecialized + (0.1m * c.Specialized))).ToList();
        Assert.InRange(civilPerMagistrate.Average(), 150m, 300m);
    }

    [Fact]
    public void Create_AtScale_UniqueIdsAndValid()
    {
        var request = SyntheticNationalDataset.Create(2_000, 10, seed: 3);
        Assert.Equal(2_000, request.Courts.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.True(AllocationRequestValidator.Validate(request).IsValid);
    }
}
