using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class PostAllocatorTests
{
    private static readonly PostAllocator Production = new();
    private static readonly ReferencePostAllocator Reference = new();

    [Fact]
    public void Allocate_RandomInputsWithTies_EqualsReference()
    {
        Prop.ForAll(AllocationGenerators.Specs().ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Allocate_LargerRandomInputs_EqualsReference()
    {
        Prop.ForAll(AllocationGenerators.Specs(maxCourts: 60, maxPosts: 80).ToArbitrary(), spec =>
        {
            var problem = spec.ToProblem();
            return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void Allocate_SyntheticNationalDataset_EqualsReference()
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 120 }).GetProblemOrThrow();
        var production = Production.Allocate(problem);
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(production));
        Assert.Equal(120, production.Allocations.Count);
    }

    [Fact]
    public void Allocate_SyntheticFractional_EqualsReference()
    {
        var request = SyntheticNationalDataset.Create(300, 200, seed: 7) with { TieConvention = TieConvention.Fractional };
        var problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(Production.Allocate(problem)));
    }
}
