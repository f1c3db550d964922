using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Mutation;

/// <summary>
/// Each bound of <see cref="AllocationRequestValidator"/> at the bound (accepted) and one step past it (rejected, with an
/// error that names the item, the field and the bound), so that a bound moved by one or a dropped check fails.
/// </summary>
public class ValidatorBoundaryTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(AllocationRequestValidator.MaxPosts, true)]
    [InlineData(AllocationRequestValidator.MaxPosts + 1, false)]
    [InlineData(-1, false)]
    public void Posts_BetweenZeroAndTheBound(int posts, bool valid)
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.Request() with { Posts = posts });
        Assert.Equal(valid, validation.IsValid);
        if (!valid)
        {
            var error = Assert.Single(validation.Errors);
            Assert.Equal(("request", "posts"), (error.Item, error.Field));
            Assert.Contains("10000000", error.Message, StringComparison.Ordinal);
            Assert.Contains("(was " + posts + ")", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UndefinedOptions_EachNamedWithItsValue()
    {
        var request = WorkedExample.Request() with
        {
            TieConvention = (TieConvention)7,
            PopulationGrowthCondition = (PopulationGrowthCondition)8,
            SpecializedShareBasis = (SpecializedShareBasis)9,
        };
        var errors = AllocationRequestValidator.Validate(request).Errors;
        Assert.Equal(["tieConvention", "populationGrowthCondition", "specializedShareBasis"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal("request", e.Item));
        Assert.Contains("competition or fractional (was 7)", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("(was 8)", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("(was 9)", errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullOrBlankCriterion_NamedByPosition()
    {
        var request = WorkedExample.Request();
        request = request with { Criteria = [request.Criteria[0], null!, new Criterion(" ")] };
        var errors = AllocationRequestValidator.Validate(request).Errors;
        Assert.Contains(errors, e => (e.Item, e.Field) == ("criterion #2", "id") && e.Message.Contains("non-empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => (e.Item, e.Field) == ("criterion #3", "id"));

        // A court is not asked for the values of a criterion without an id.
        Assert.DoesNotContain(errors, e => e.Field.StartsWith("values. ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1000", true)]
    [InlineData("0.000001", true)]
    [InlineData("1000.000001", false)]
    [InlineData("-0.000001", false)]
    [InlineData("0.0000001", false)]
    public void Weight_BetweenZeroAndTheBoundWithSixDecimals(string weight, bool valid)
    {
        var w = decimal.Parse(weight, System.Globalization.CultureInfo.InvariantCulture);
        var request = WorkedExample.Request();
        request = request with { Criteria = [request.Criteria[0] with { Weight = w }, request.Criteria[1]] };
        var validation = AllocationRequestValidator.Validate(request);
        Assert.Equal(valid, validation.IsValid);
        if (!valid)
        {
            var error = Assert.Single(validation.Errors);
            Assert.Equal(("criterion 'civil_flow'", "weight"), (error.Item, error.Field));
            Assert.Contains("between 0 and 1000 with at most 6 decimal places", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Weights_WithDecimals_RankByTheExactWeightedSum()
    {
        // civil_flow weighted 0.5 and criminal_flow 1.25: the scaled weights keep the order of the exact sums.
        var request = WorkedExample.Request();
        var exact = AllocationRequestValidator.Validate(request with
        {
            Criteria = [request.Criteria[0] with { Weight = 0.5m }, request.Criteria[1] with { Weight = 1.25m }],
        });
        var scaled = AllocationRequestValidator.Validate(request with
        {
            Criteria = [request.Criteria[0] with { Weight = 2m }, request.Criteria[1] with { Weight = 5m }],
        });
        Assert.True(exact.IsValid);
        Assert.Equal(
            new PostAllocator().Allocate(scaled.GetProblemOrThrow()).Allocations.Select(a => a.CourtId),
            new PostAllocator().Allocate(exact.GetProblemOrThrow()).Allocations.Select(a => a.CourtId));
    }

    [Fact]
    public void UndefinedDirection_NamesTheCriterion()
    {
        var request = WorkedExample.Request();
        request = request with { Criteria = [request.Criteria[0] with { Direction = (RankDirection)5 }, request.Criteria[1]] };
        var error = Assert.Single(AllocationRequestValidator.Validate(request).Errors);
        Assert.Equal(("criterion 'civil_flow'", "direction"), (error.Item, error.Field));
        Assert.Contains("descending or ascending", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nonSpecialized")]
    [InlineData("specialized")]
    [InlineData("parquetMagistrates")]
    public void Headcount_AtMostTheBound(string field)
    {
        Court Set(Court c, int v) => field switch
        {
            "nonSpecialized" => c with { NonSpecialized = v },
            "specialized" => c with { Specialized = v },
            _ => c with { ParquetMagistrates = v },
        };

        Assert.True(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => Set(c, AllocationRequestValidator.MaxHeadcount))).IsValid);
        foreach (var bad in new[] { AllocationRequestValidator.MaxHeadcount + 1, -1 })
        {
            var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => Set(c, bad))).Errors);
            Assert.Equal(("court 'TJ-A'", field), (error.Item, error.Field));
            Assert.Contains("between 0 and 1000000 (was " + bad + ")", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PreviousPostsAndCap_ZeroIsValid()
    {
        Assert.True(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => c with { PreviousPosts = 0, MaxPosts = 0 })).IsValid);
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => c with { PreviousPosts = -2 })).Errors);
        Assert.Contains("0 or more (was -2)", error.Message, StringComparison.Ordinal);
        error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-A", c => c with { MaxPosts = -3 })).Errors);
        Assert.Equal("maxPosts", error.Field);
        Assert.Contains("(was -3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedCourtKind_NamesTheCourt()
    {
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-C", c => c with { Kind = (CourtKind)42 })).Errors);
        Assert.Equal(("court 'TJ-C'", "kind"), (error.Item, error.Field));
        Assert.Contains("(was 42)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullOrBlankCourt_NamedByPosition()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = [request.Courts[0], null!, request.Courts[2] with { Id = "" }, request.Courts[3]] };
        var errors = AllocationRequestValidator.Validate(request).Errors;
        Assert.Equal([("court #2", "id"), ("court #3", "id")], errors.Select(e => (e.Item, e.Field)));
    }

    [Fact]
    public void Years_AtMostTheBound()
    {
        var ok = Enumerable.Repeat(100m, AllocationRequestValidator.MaxYears).ToArray();
        Assert.True(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-B", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", ok) })).IsValid);
        var tooMany = Enumerable.Repeat(100m, AllocationRequestValidator.MaxYears + 1).ToArray();
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-B", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", tooMany) })).Errors);
        Assert.Equal(("court 'TJ-B'", "values.civil_flow"), (error.Item, error.Field));
        Assert.Contains("has 65 values; at most 64 years", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_AtMostTheBound()
    {
        Assert.True(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-B", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", [AllocationRequestValidator.MaxValue, 0m]) })).IsValid);
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-B", c => c with { Values = WorkedExample.WithValues(c, "civil_flow", [0m, AllocationRequestValidator.MaxValue + 0.5m]) })).Errors);
        Assert.Equal("values.civil_flow[1]", error.Field);
        Assert.Contains("between 0 and 1000000000000 with at most 6 decimal places", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalPlaces_CountsUpToSixAndRejectsMore()
    {
        Assert.Equal(0, AllocationRequestValidator.DecimalPlaces(12m));
        Assert.Equal(1, AllocationRequestValidator.DecimalPlaces(-1.5m));
        Assert.Equal(6, AllocationRequestValidator.DecimalPlaces(0.123456m));
        Assert.Equal(-1, AllocationRequestValidator.DecimalPlaces(0.1234567m));
        Assert.Equal(0, AllocationRequestValidator.DecimalPlaces(79228162514264337593543950335m));
        Assert.Equal(-1, AllocationRequestValidator.DecimalPlaces(7922816251426433759354395033.5m));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    [InlineData(-1, false)]
    public void BracketPercent_BetweenZeroAndHundred(int percent, bool valid)
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShare = new([new(10, 40), new(null, percent)]) });
        Assert.Equal(valid, validation.IsValid);
        if (!valid)
        {
            var error = Assert.Single(validation.Errors);
            Assert.Equal(("specializedShare", "[1].percent"), (error.Item, error.Field));
            Assert.Contains("between 0 and 100 (was " + percent + ")", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(AllocationRequestValidator.MaxBracketBound, true)]
    [InlineData(AllocationRequestValidator.MaxBracketBound + 1, false)]
    [InlineData(-1, false)]
    public void BracketBound_BetweenZeroAndTheBound(int bound, bool valid)
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShare = new([new(bound, 40), new(null, 2)]) });
        Assert.Equal(valid, validation.IsValid);
        if (!valid)
        {
            var error = Assert.Single(validation.Errors);
            Assert.Equal(("specializedShare", "[0].maxSeatCount"), (error.Item, error.Field));
            Assert.Contains("null or between 0 and 1000000 (was " + bound + ")", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BracketBound_EqualToThePrevious_CoversNoSize()
    {
        var validation = AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShare = new([new(10, 40), new(10, 30), new(null, 2)]) });
        var error = Assert.Single(validation.Errors);
        Assert.Equal(("specializedShare", "[1].maxSeatCount"), (error.Item, error.Field));
        Assert.Contains("10 is not above the previous bracket's 10", error.Message, StringComparison.Ordinal);
        Assert.True(AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShare = new([new(10, 40), new(11, 30), new(null, 2)]) }).IsValid);
    }

    [Fact]
    public void MissingTable_NamesTheBrackets()
    {
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShare = new([]) }).Errors);
        Assert.Equal(("specializedShare", "brackets"), (error.Item, error.Field));
        Assert.Contains("last with maxSeatCount null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroCorrectedHeadcount_OnlyWhenNoSpecialisedShareIsLeft()
    {
        // No non-specialised judge and 4 specialised ones: the corrected headcount is 40 % of 4, not zero.
        Assert.True(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-C", c => c with { NonSpecialized = 0, Specialized = 4 })).IsValid);
        var error = Assert.Single(AllocationRequestValidator.Validate(WorkedExample.WithCourt("TJ-C", c => c with { NonSpecialized = 0, Specialized = 0 })).Errors);
        Assert.Contains("0 non-specialised + 40 % of 0 specialised", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PositiveGrowthRequired_CourtWithoutGrowthGetsNoPost()
    {
        // TJ-D has no population growth: under PositiveGrowthRequired it is not eligible, the others are.
        var request = WorkedExample.Request() with { PopulationGrowthCondition = PopulationGrowthCondition.PositiveGrowthRequired, Posts = 8 };
        var result = new PostAllocator().Allocate(AllocationRequestValidator.Validate(request).GetProblemOrThrow());
        Assert.DoesNotContain(result.Allocations, a => a.CourtId == "TJ-D");
        Assert.Equal(8, result.Allocations.Count);
    }
}
