using System.Text.Json;
using FsCheck.Xunit;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Serialization;
using Justice.Domain.Allocation.Tests.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Sensitivity;

public class SensitivityStudyTests
{
    private static readonly ReferencePostAllocator Reference = new();

    [Property(Arbitrary = [typeof(SensitivityArbitraries)], MaxTest = 60)]
    public bool Run_ZeroNoise_EveryRunIsTheUnperturbedAllocation(StudyCase study)
    {
        var perturbation = study.Perturbation with { Noise = 0m, CriterionNoise = new Dictionary<string, decimal>(), CourtNoise = new Dictionary<string, decimal>(), DroppedCriteria = [], TieConvention = null };
        var result = SensitivityStudy.Prepare(study.Spec.ToRequest(), perturbation, new SensitivityOptions(70, study.Seed)).GetStudyOrThrow().Run();
        var baseline = new PostAllocator().Allocate(study.Spec.ToProblem());
        return result.Courts.All(c => c.Minimum == c.BaselinePosts && c.Maximum == c.BaselinePosts && c.Distribution[c.BaselinePosts] == 70 && c.BaselinePosts == baseline.Totals[c.CourtId])
            && result.PostStabilities.All(p => p.RunsChangedHands == 0)
            && result.PostStabilities.Select(p => p.CourtId).SequenceEqual(baseline.Allocations.Select(a => a.CourtId));
    }

    [Property(Arbitrary = [typeof(SensitivityArbitraries)], MaxTest = 40)]
    public bool Run_OneAndTwoThreads_IdenticalResults(StudyCase study)
    {
        string Json(int threads) => JsonSerializer.Serialize(
            SensitivityStudy.Prepare(study.Spec.ToRequest(), study.Perturbation, new SensitivityOptions(300, study.Seed) { MaxDegreeOfParallelism = threads }).GetStudyOrThrow().Run(),
            AllocationJsonContext.Default.SensitivityResult);
        return Json(1) == Json(2);
    }

    [Property(Arbitrary = [typeof(SensitivityArbitraries)], MaxTest = 150)]
    public bool RunOnce_PerturbedRequest_ProductionEqualsReference(StudyCase study)
    {
        var prepared = SensitivityStudy.Prepare(study.Spec.ToRequest(), study.Perturbation, new SensitivityOptions(1, study.Seed)).GetStudyOrThrow();
        var run = (long)(study.Seed % 1000);
        var reference = Reference.Allocate(AllocationRequestValidator.Validate(prepared.PerturbedRequest(run)).GetProblemOrThrow());
        return prepared.RunOnce(run).SequenceEqual(reference.Allocations.Select(a => a.CourtId));
    }

    [Fact]
    public void Run_SyntheticDatasetWithNoise_ReplaysFromTheSeedAndCountsEveryRun()
    {
        var request = SyntheticNationalDataset.Create() with { Posts = 20 };
        var options = new SensitivityOptions(200, 7);
        var perturbation = new Perturbation { Noise = 0.03m };
        var first = SensitivityStudy.Prepare(request, perturbation, options).GetStudyOrThrow().Run();
        var second = SensitivityStudy.Prepare(request, perturbation, options).GetStudyOrThrow().Run();

        Assert.Equal(JsonSerializer.Serialize(first, AllocationJsonContext.Default.SensitivityResult), JsonSerializer.Serialize(second, AllocationJsonContext.Default.SensitivityResult));
        Assert.Equal(7UL, first.Seed);
        Assert.All(first.Courts, c => Assert.Equal(200, c.Distribution.Sum()));
        Assert.Equal(20 * 200, first.Courts.Sum(c => c.MeanPosts * 200), 6);
        Assert.Contains(first.PostStabilities, p => p.RunsChangedHands > 0);
        Assert.All(first.Courts, c => Assert.True(c.Minimum <= c.Percentile5 && c.Percentile5 <= c.Median && c.Median <= c.Percentile95 && c.Percentile95 <= c.Maximum));
    }

    [Fact]
    public void Prepare_DroppedCriterionAndTieConvention_AppliedToTheRuns()
    {
        var study = SensitivityStudy.Prepare(WorkedExample.Request(), new Perturbation { DroppedCriteria = ["criminal_flow"], TieConvention = TieConvention.Fractional }, new SensitivityOptions(3, 1)).GetStudyOrThrow();
        var result = study.Run();

        Assert.Equal(["civil_flow"], result.Criteria);
        Assert.Equal(TieConvention.Fractional, result.TieConvention);
        Assert.Equal(ReferenceCourts(study.RunProblem), study.RunOnce(0));
    }

    [Theory]
    [InlineData(-0.01, "noise")]
    [InlineData(0.7, "noise")]
    public void Prepare_NoiseOutOfRange_NamesTheField(double noise, string field)
    {
        var error = Assert.Single(Errors(new Perturbation { Noise = (decimal)noise }, new SensitivityOptions(10, 1)));
        Assert.Equal(("perturbation", field), (error.Item, error.Field));
        Assert.Contains("between 0 and 0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ZeroRuns_NamesTheField()
    {
        var error = Assert.Single(Errors(new Perturbation { Noise = 0.03m }, new SensitivityOptions(0, 1)));
        Assert.Equal(("options", "runs"), (error.Item, error.Field));
    }

    [Fact]
    public void Prepare_CriterionTheRequestLacks_NamesItForEveryUse()
    {
        var errors = Errors(
            new Perturbation { Noise = 0.03m, CriterionNoise = new Dictionary<string, decimal> { ["civil_stock"] = 0.1m }, DroppedCriteria = ["penal_flow"] },
            new SensitivityOptions(10, 1));
        Assert.Equal(["criterionNoise.civil_stock", "droppedCriteria[0]"], errors.Select(e => e.Field));
        Assert.Contains("civil_flow, criminal_flow", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_EveryCriterionDropped_Refused()
    {
        var error = Assert.Single(Errors(new Perturbation { DroppedCriteria = ["civil_flow", "criminal_flow"] }, new SensitivityOptions(10, 1)));
        Assert.Equal("droppedCriteria", error.Field);
    }

    [Fact]
    public void Prepare_InvalidRequest_ReportsItsErrorsAndRunsNothing()
    {
        var request = WorkedExample.Request();
        request = request with { Courts = [request.Courts[0] with { NonSpecialized = -2 }, .. request.Courts.Skip(1)] };
        var preparation = SensitivityStudy.Prepare(request, new Perturbation { Noise = 0.9m }, new SensitivityOptions(10, 1));

        Assert.Null(preparation.Study);
        Assert.Equal([("court 'TJ-A'", "nonSpecialized"), ("perturbation", "noise")], preparation.Errors.Select(e => (e.Item, e.Field)));
        Assert.Contains("2 errors", preparation.Describe(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(preparation.GetStudyOrThrow);
    }

    private static IReadOnlyList<AllocationInputError> Errors(Perturbation perturbation, SensitivityOptions options) =>
        SensitivityStudy.Prepare(WorkedExample.Request(), perturbation, options).Errors;

    private static string[] ReferenceCourts(AllocationProblem problem) => Reference.Allocate(problem).Allocations.Select(a => a.CourtId).ToArray();

    /// <summary>A random problem, perturbation and seed.</summary>
    public sealed record StudyCase(AllocationGenerators.Spec Spec, Perturbation Perturbation, ulong Seed)
    {
        /// <inheritdoc />
        public override string ToString() => $"seed {Seed}, noise {Perturbation.Noise} {Perturbation.Distribution} {Perturbation.Scope}, ties {Perturbation.TieConvention}, {Spec}";
    }

    /// <summary>The generators of <see cref="StudyCase"/>.</summary>
    public static class SensitivityArbitraries
    {
        /// <summary>Random problems with many ties, noise levels from 0 to 0.5, both distributions and scopes, sometimes another tie convention.</summary>
        /// <returns>The arbitrary.</returns>
        public static Arbitrary<StudyCase> Cases() =>
            (from spec in AllocationGenerators.Specs()
             from noise in Gen.Elements(0m, 0.01m, 0.05m, 0.2m, 0.5m)
             from normal in Gen.Elements(false, true)
             from perCourt in Gen.Elements(false, true)
             from ties in Gen.Elements<TieConvention?>(null, TieConvention.Competition, TieConvention.Fractional)
             from seed in Gen.Choose(0, int.MaxValue)
             select new StudyCase(
                 spec,
                 new Perturbation
                 {
                     Noise = noise,
                     Distribution = normal ? NoiseDistribution.Normal : NoiseDistribution.Uniform,
                     Scope = perCourt ? NoiseScope.Court : NoiseScope.CourtAndCriterion,
                     TieConvention = ties,
                 },
                 (ulong)seed * 2654435761UL)).ToArbitrary();
    }
}
