using FsCheck.Xunit;
using Justice.Domain.Allocation.Input;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Tests.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Model;

/// <summary>The readings where Circ. SJ 00-124 is silent, as named options (docs/allocation.md, "Readings where the circular is silent").</summary>
public class ReadingOptionsTests
{
    private static readonly PostAllocator Production = new();
    private static readonly ReferencePostAllocator Reference = new();

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    public void SpecializedShareBasis_Default_RecomputesTheRowAfterEachPost()
    {
        Assert.Equal(SpecializedShareBasis.SizeBeforeEachPost, WorkedExample.Request().SpecializedShareBasis);
        var second = Production.Allocate(WorkedExample.Problem()).Allocations[1];
        Assert.Equal(("TJ-A", 7.5m, 7.25m), (second.CourtId, second.CorrectedHeadcount, second.CorrectedHeadcountAfter));
    }

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    public void SpecializedShareBasis_InitialSize_KeepsTheInitialRow()
    {
        // TJ-A: 5 non-specialised + 25 specialised = 30 (row 21-30: 10 %). Its post makes the siège 31, but the row
        // stays the initial one: 6 + 10 % of 25 = 8.5 (not 7.25), so its loads fall and B takes post 3.
        var problem = AllocationRequestValidator.Validate(WorkedExample.Request() with { SpecializedShareBasis = SpecializedShareBasis.InitialSize }).GetProblemOrThrow();
        var result = Production.Allocate(problem);

        Assert.Equal(("TJ-A", 7.5m, 8.5m), (result.Allocations[1].CourtId, result.Allocations[1].CorrectedHeadcount, result.Allocations[1].CorrectedHeadcountAfter));
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(result));
        Assert.NotEqual("TJ-A", result.Allocations[2].CourtId);
    }

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    public void PopulationGrowthCondition_Default_OnlyBreaksTies()
    {
        // TJ-A's population did not grow: by default it still receives the posts its rank gives it.
        var result = Production.Allocate(WithGrowthOfA(0m, PopulationGrowthCondition.TieBreakOnly));
        Assert.Equal(["TJ-B", "TJ-A"], result.Allocations.Select(a => a.CourtId));
    }

    [Fact]
    [Trait("Article", "Circ. SJ 00-124, annexe I, 1, Vice-présidents pour la détention")]
    public void PopulationGrowthCondition_PositiveGrowthRequired_PassesOverACourtWithoutGrowth()
    {
        // "Évolution positive de la population du ressort, entre 1990 et 1999" read as strict: TJ-A (growth 0) is first
        // in the order for post 2 but cannot take it; B (+3 %) and C (+2 %) tie at rank sum 4 behind it, B wins the tie.
        var problem = WithGrowthOfA(0m, PopulationGrowthCondition.PositiveGrowthRequired);
        var result = Production.Allocate(problem);

        Assert.Equal(["TJ-B", "TJ-B"], result.Allocations.Select(a => a.CourtId));
        Assert.Equal(2, result.Allocations[1].Position);
        Assert.Equal(0, result.Totals["TJ-A"]);
        Assert.Equal(ResultComparison.Json(Reference.Allocate(problem)), ResultComparison.Json(result));
    }

    [Fact]
    public void Read_ReadingOptionsAndParquet_AreRead()
    {
        var json = WorkedExample.Json.Replace("\"tieConvention\": \"competition\",", "\"tieConvention\": \"competition\", \"specializedShareBasis\": \"initialSize\", \"populationGrowthCondition\": \"positiveGrowthRequired\",", StringComparison.Ordinal)
            .Replace("\"nonSpecialized\": 5,", "\"nonSpecialized\": 5, \"parquetMagistrates\": 7,", StringComparison.Ordinal);
        var request = AllocationInputReader.Read(json).GetProblemOrThrow().Request;

        Assert.Equal(SpecializedShareBasis.InitialSize, request.SpecializedShareBasis);
        Assert.Equal(PopulationGrowthCondition.PositiveGrowthRequired, request.PopulationGrowthCondition);
        Assert.Equal(7, request.Courts[0].ParquetMagistrates);
    }

    [Fact]
    public void Read_UnknownReadingOption_NamesTheFieldAndTheChoices()
    {
        var json = WorkedExample.Json.Replace("\"tieConvention\": \"competition\",", "\"tieConvention\": \"competition\", \"populationGrowthCondition\": \"sometimes\",", StringComparison.Ordinal);
        var error = Assert.Single(AllocationInputReader.Read(json).Errors);
        Assert.Equal(("request", "populationGrowthCondition"), (error.Item, error.Field));
        Assert.Contains("tieBreakOnly, positiveGrowthRequired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeParquet_NamesCourtAndField()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = [request.Courts[0] with { ParquetMagistrates = -1 }, .. request.Courts.Skip(1)] };
        var error = Assert.Single(AllocationRequestValidator.Validate(request).Errors);
        Assert.Equal(("court 'TJ-A'", "parquetMagistrates"), (error.Item, error.Field));
    }

    [Property(Arbitrary = [typeof(ReadingArbitraries)], MaxTest = 150)]
    public bool Allocate_EveryReadingOption_EqualsReference(ReadingCase reading)
    {
        var request = reading.Spec.ToRequest() with { SpecializedShareBasis = reading.Basis, PopulationGrowthCondition = reading.Growth };
        var problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
        return ResultComparison.Json(Production.Allocate(problem)) == ResultComparison.Json(Reference.Allocate(problem));
    }

    private static AllocationProblem WithGrowthOfA(decimal growth, PopulationGrowthCondition condition)
    {
        var request = WorkedExample.Request();
        request = request with
        {
            Posts = 2,
            PopulationGrowthCondition = condition,
            Courts = [request.Courts[0] with { PopulationGrowth = growth }, .. request.Courts.Skip(1)],
        };
        return AllocationRequestValidator.Validate(request).GetProblemOrThrow();
    }

    /// <summary>A random problem with a random choice of each reading.</summary>
    public sealed record ReadingCase(AllocationGenerators.Spec Spec, SpecializedShareBasis Basis, PopulationGrowthCondition Growth)
    {
        /// <inheritdoc />
        public override string ToString() => $"{Basis}, {Growth}, {Spec}";
    }

    /// <summary>The generators of <see cref="ReadingCase"/>.</summary>
    public static class ReadingArbitraries
    {
        /// <summary>Random problems with many ties and random readings.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<ReadingCase> Cases() =>
            (from spec in AllocationGenerators.Specs()
             from basis in Gen.Elements(SpecializedShareBasis.SizeBeforeEachPost, SpecializedShareBasis.InitialSize)
             from growth in Gen.Elements(PopulationGrowthCondition.TieBreakOnly, PopulationGrowthCondition.PositiveGrowthRequired)
             select new ReadingCase(spec, basis, growth)).ToArbitrary();
    }
}
