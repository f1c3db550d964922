using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Validation;

public class AllocationRequestValidatorTests
{
    [Fact]
    public void Validate_WorkedExample_IsValid()
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.Request());
        Assert.True(validation.IsValid);
        Assert.Equal("valid", validation.Summary);
        Assert.Empty(validation.Errors);
    }

    [Fact]
    public void Validate_NegativeValue_NamesCourtAndField()
    {
        var error = Single(WorkedExample.WithCourt("TJ-B", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", [1m, -3m]) }));
        Assert.Equal("court 'TJ-B'", error.Item);
        Assert.Equal("values.civil_flow[1]", error.Field);
        Assert.Contains("-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooManyDecimals_NamesCourtAndField()
    {
        var error = Single(WorkedExample.WithCourt("TJ-C", c => c with { Values = WorkedExample.WithValues(c, "criminal_flow", [1.1234567m]) }));
        Assert.Equal(("court 'TJ-C'", "values.criminal_flow[0]"), (error.Item, error.Field));
    }

    [Fact]
    public void Validate_MissingCriterion_NamesCourtAndCriterion()
    {
        var error = Single(WorkedExample.WithCourt("TJ-A", c => c with { Values = c.Values.Where(p => p.Key != "criminal_flow").ToDictionary(p => p.Key, p => p.Value) }));
        Assert.Equal(("court 'TJ-A'", "values.criminal_flow"), (error.Item, error.Field));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyStatistics_NamesCourt()
    {
        var error = Single(WorkedExample.WithCourt("TJ-D", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", []) }));
        Assert.Equal(("court 'TJ-D'", "values.civil_flow"), (error.Item, error.Field));
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoStatisticsAtAll_NamesCourt()
    {
        var error = Single(WorkedExample.WithCourt("TJ-D", c => c with { Values = new Dictionary<string, IReadOnlyList<decimal>>() }));
        Assert.Equal(("court 'TJ-D'", "values"), (error.Item, error.Field));
    }

    [Fact]
    public void Validate_ZeroCorrectedHeadcount_NamesCourt()
    {
        var error = Single(WorkedExample.WithCourt("TJ-C", c => c with { NonSpecialized = 0, Specialized = 0 }));
        Assert.Equal(("court 'TJ-C'", "nonSpecialized"), (error.Item, error.Field));
        Assert.Contains("corrected headcount is zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZeroHeadcountWithoutPerMagistrateCriterion_IsValid()
    {
        var request = WorkedExample.WithCourt("TJ-C", c => c with { NonSpecialized = 0, Specialized = 0 }) with
        {
            Criteria = [new Criterion("civil_flow") { PerMagistrate = false }],
        };
        Assert.True(AllocationRequestValidator.Validate(request).IsValid);
    }

    [Fact]
    public void Validate_DuplicateCourtIds_NamesTheId()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = [.. request.Courts, request.Courts[1]] };
        var error = Single(request);
        Assert.Equal(("court 'TJ-B'", "id"), (error.Item, error.Field));
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeHeadcountsAndCounts_NameEachField()
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => c with { Specialized = -1, PreviousPosts = -2, MaxPosts = -1 }));
        Assert.Equal(["specialized", "previousPosts", "maxPosts"], validation.Errors.Select(e => e.Field));
        Assert.All(validation.Errors, e => Assert.Equal("court 'TJ-A'", e.Item));
        Assert.Equal("3 errors (1 court, 0 other items)", validation.Summary);
    }

    [Fact]
    public void Validate_BracketCoveringNoSize_NamesTheBracket()
    {
        var request = WorkedExample.Request() with
        {
            SpecializedShare = new SpecializedShareTable([new(10, 30), new(8, 20), new(null, 5)]),
        };
        var error = Single(request);
        Assert.Equal(("specializedShare", "[1].maxSeatCount"), (error.Item, error.Field));
        Assert.Contains("covers no size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TableWithoutOpenLastBracket_SaysWhichSizesAreUncovered()
    {
        var request = WorkedExample.Request() with { SpecializedShare = new SpecializedShareTable([new(4, 40), new(50, 5)]) };
        var error = Single(request);
        Assert.Equal(("specializedShare", "[1].maxSeatCount"), (error.Item, error.Field));
        Assert.Contains("no size above 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BracketAfterOpenBracket_CoversNoSize()
    {
        var request = WorkedExample.Request() with { SpecializedShare = new SpecializedShareTable([new(null, 40), new(null, 5)]) };
        var error = Single(request);
        Assert.Equal(("specializedShare", "[1]"), (error.Item, error.Field));
    }

    [Fact]
    public void Validate_PercentAbove100_NamesTheBracket()
    {
        var request = WorkedExample.Request() with { SpecializedShare = new SpecializedShareTable([new(null, 140)]) };
        Assert.Equal(("specializedShare", "[0].percent"), (Single(request).Item, Single(request).Field));
    }

    [Fact]
    public void Validate_DuplicateCriterionAndBadWeight_NameTheCriterion()
    {
        var request = WorkedExample.Request() with
        {
            Criteria = [new Criterion("civil_flow"), new Criterion("civil_flow") { Weight = -1m }],
        };
        var validation = AllocationRequestValidator.Validate(request);
        Assert.Equal([("criterion 'civil_flow'", "id"), ("criterion 'civil_flow'", "weight")], validation.Errors.Select(e => (e.Item, e.Field)));
    }

    [Fact]
    public void Validate_NoCriteriaNoCourtsNegativePosts_NameTheRequest()
    {
        var validation = AllocationRequestValidator.Validate(new AllocationRequest(-1, [], []));
        Assert.Equal(["posts", "criteria", "courts"], validation.Errors.Select(e => e.Field));
        Assert.All(validation.Errors, e => Assert.Equal("request", e.Item));
    }

    [Fact]
    public void GetProblemOrThrow_Invalid_ThrowsWithEveryError()
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-B", c => c with { NonSpecialized = -4 }));
        var error = Assert.Throws<ArgumentException>(() => validation.GetProblemOrThrow());
        Assert.Contains("court 'TJ-B', nonSpecialized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AllocationRequestValidator.Validate(null!));
    }

    private static AllocationInputError Single(AllocationRequest request) =>
        Assert.Single(AllocationRequestValidator.Validate(request).Errors);
}
