using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Mutation;

/// <summary>
/// The sensitivity study's checks at their bounds, the summary figures recomputed from each court's distribution, and
/// the noise levels by court and by criterion, on the worked example (TJ-B and TJ-A receive two posts each).
/// </summary>
public class SensitivityBoundaryTests
{
    private static SensitivityPreparation Prepare(Perturbation perturbation, SensitivityOptions options, AllocationRequest? request = null) =>
        SensitivityStudy.Prepare(request ?? WorkedExample.Request(), perturbation, options);

    [Theory]
    [InlineData(1, true)]
    [InlineData(SensitivityOptions.MaxRuns, true)]
    [InlineData(SensitivityOptions.MaxRuns + 1, false)]
    [InlineData(-1, false)]
    public void Runs_BetweenOneAndTheBound(int runs, bool valid)
    {
        var preparation = Prepare(new Perturbation(), new SensitivityOptions(runs, 1));
        Assert.Equal(valid, preparation.Study is not null);
        if (!valid)
        {
            var error = Assert.Single(preparation.Errors);
            Assert.Equal(("options", "runs"), (error.Item, error.Field));
            Assert.Equal("must be between 1 and 100000000 (was " + runs + ")", error.Message);
        }
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(null, true)]
    public void MaxDegreeOfParallelism_NullOrOneOrMore(int? threads, bool valid)
    {
        var preparation = Prepare(new Perturbation(), new SensitivityOptions(5, 1) { MaxDegreeOfParallelism = threads });
        Assert.Equal(valid, preparation.Study is not null);
        if (!valid)
        {
            var error = Assert.Single(preparation.Errors);
            Assert.Equal(("options", "maxDegreeOfParallelism"), (error.Item, error.Field));
            Assert.Contains("(was 0)", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.5", true)]
    [InlineData("0.500001", false)]
    public void NoiseLevels_UpToHalf_ForTheWholeStudyEachCriterionAndEachCourt(string level, bool valid)
    {
        var l = decimal.Parse(level, System.Globalization.CultureInfo.InvariantCulture);
        var preparation = Prepare(
            new Perturbation
            {
                Noise = l,
                CriterionNoise = new Dictionary<string, decimal> { ["civil_flow"] = l },
                CourtNoise = new Dictionary<string, decimal> { ["TJ-A"] = l },
            },
            new SensitivityOptions(5, 1));
        Assert.Equal(valid, preparation.Study is not null);
        if (!valid)
        {
            Assert.Equal(["noise", "criterionNoise.civil_flow", "courtNoise.TJ-A"], preparation.Errors.Select(e => e.Field));
            Assert.All(preparation.Errors, e => Assert.Equal("must be between 0 and 0.5 (was 0.500001)", e.Message));
            Assert.All(preparation.Errors, e => Assert.Equal("perturbation", e.Item));
        }
    }

    [Fact]
    public void UnknownCourtUndefinedOptionsAndNullDroppedCriterion_EachNamed()
    {
        var preparation = Prepare(
            new Perturbation
            {
                CourtNoise = new Dictionary<string, decimal> { ["TJ-Z"] = 0.1m },
                DroppedCriteria = [null!],
                Distribution = (NoiseDistribution)4,
                Scope = (NoiseScope)5,
                TieConvention = (TieConvention)6,
            },
            new SensitivityOptions(5, 1));
        Assert.Null(preparation.Study);
        Assert.Equal(
            [
                ("courtNoise.TJ-Z", "names no court of the request"),
                ("droppedCriteria[0]", "names no criterion of the request (was \"\"; criteria: civil_flow, criminal_flow)"),
                ("distribution", "must be uniform or normal (was 4)"),
                ("scope", "must be courtAndCriterion or court (was 5)"),
                ("tieConvention", "must be competition or fractional (was 6)"),
            ],
            preparation.Errors.Select(e => (e.Field, e.Message)));
        Assert.StartsWith("5 errors:", preparation.Describe(), StringComparison.Ordinal);
        Assert.Equal("valid", Prepare(new Perturbation(), new SensitivityOptions(5, 1)).Describe());
    }

    [Fact]
    public void CapsLeavingPostsUnplaced_MeanUnallocatedAndStabilitiesOfThePlacedPostsOnly()
    {
        // Every court capped at 0 but TJ-D at 1: one post placed of four in every run.
        var request = WorkedExample.Request();
        request = request with { Courts = request.Courts.Select(c => c with { MaxPosts = c.Id == "TJ-D" ? 1 : 0 }).ToArray() };
        var study = Prepare(new Perturbation { Noise = 0.2m }, new SensitivityOptions(10, 3), request).GetStudyOrThrow();
        Assert.Equal(1, study.BaselinePlaced);
        var result = study.Run();
        Assert.Equal(3.0, result.MeanUnallocated);
        var stability = Assert.Single(result.PostStabilities);
        Assert.Equal((1, "TJ-D", 0L, 0.0), (stability.Order, stability.CourtId, stability.RunsChangedHands, stability.ChangedHandsShare));
        var d = Assert.Single(result.Courts, c => c.CourtId == "TJ-D");
        Assert.Equal((1, 10L, 1.0, 1.0), (d.BaselinePosts, d.RunsWithPost, d.ProbabilityOfPost, d.MeanPosts));
        var a = Assert.Single(result.Courts, c => c.CourtId == "TJ-A");
        Assert.Equal((0, 0L, 0.0, 0, 0), (a.BaselinePosts, a.RunsWithPost, a.ProbabilityOfPost, a.Minimum, a.Maximum));
        Assert.Equal("A", a.CourtName);
    }

    [Fact]
    public void Summary_EveryFigureFollowsFromTheDistribution()
    {
        const int Runs = 400;
        var result = Prepare(new Perturbation { Noise = 0.4m, Distribution = NoiseDistribution.Normal }, new SensitivityOptions(Runs, 11)).GetStudyOrThrow().Run();
        Assert.Equal((11UL, Runs, 4), (result.Seed, result.Runs, result.Posts));
        Assert.Contains(result.Courts, c => c.Minimum < c.Maximum);
        foreach (var court in result.Courts)
        {
            var distribution = court.Distribution.ToArray();
            Assert.Equal(5, distribution.Length);
            Assert.Equal(Runs, distribution.Sum());
            Assert.Equal(Runs - distribution[0], court.RunsWithPost);
            Assert.Equal((double)(Runs - distribution[0]) / Runs, court.ProbabilityOfPost);
            Assert.Equal(distribution.Select((count, k) => k * count).Sum() / (double)Runs, court.MeanPosts, 12);
            Assert.Equal(Array.FindIndex(distribution, n => n > 0), court.Minimum);
            Assert.Equal(Array.FindLastIndex(distribution, n => n > 0), court.Maximum);
            Assert.Equal(Quantile(distribution, 1, 20), court.Percentile5);
            Assert.Equal(Quantile(distribution, 1, 2), court.Median);
            Assert.Equal(Quantile(distribution, 19, 20), court.Percentile95);
        }

        Assert.Equal(4, result.PostStabilities.Count);
        Assert.Equal([1, 2, 3, 4], result.PostStabilities.Select(p => p.Order));
        Assert.All(result.PostStabilities, p => Assert.Equal((double)p.RunsChangedHands / Runs, p.ChangedHandsShare));
        Assert.Contains(result.PostStabilities, p => p.RunsChangedHands > 0);
    }

    // The smallest number of posts reached by at least numerator / denominator of the runs.
    private static int Quantile(long[] distribution, long numerator, long denominator)
    {
        var runs = distribution.Sum();
        var k = 0;
        var cumulative = distribution[0];
        while (cumulative * denominator < runs * numerator)
        {
            k++;
            cumulative += distribution[k];
        }

        return k;
    }

    [Fact]
    public void CourtAndCriterionLevels_OverrideTheStudyLevel()
    {
        // Noise 0.5 everywhere, except TJ-A (court level 0) and criminal_flow (criterion level 0).
        var study = Prepare(
            new Perturbation
            {
                Noise = 0.5m,
                CourtNoise = new Dictionary<string, decimal> { ["TJ-A"] = 0m },
                CriterionNoise = new Dictionary<string, decimal> { ["criminal_flow"] = 0m },
            },
            new SensitivityOptions(1, 5)).GetStudyOrThrow();
        var original = WorkedExample.Request();
        var changedCivil = 0;
        for (var run = 0L; run < 5; run++)
        {
            var perturbed = study.PerturbedRequest(run);
            foreach (var court in perturbed.Courts)
            {
                var source = original.Courts.Single(c => c.Id == court.Id);
                Assert.Equal(source.Values["criminal_flow"].Sum(), court.Values["criminal_flow"].Sum());
                Assert.Equal(source.Values["criminal_flow"].Count, court.Values["criminal_flow"].Count);
                if (court.Id == "TJ-A")
                {
                    Assert.Equal(source.Values["civil_flow"].Sum(), court.Values["civil_flow"].Sum());
                }
                else if (court.Values["civil_flow"].Sum() != source.Values["civil_flow"].Sum())
                {
                    changedCivil++;
                }
            }
        }

        Assert.True(changedCivil > 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => study.PerturbedRequest(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => study.RunOnce(-1));
    }

    [Theory]
    [InlineData(NoiseScope.Court, NoiseDistribution.Uniform)]
    [InlineData(NoiseScope.Court, NoiseDistribution.Normal)]
    [InlineData(NoiseScope.CourtAndCriterion, NoiseDistribution.Normal)]
    public void CourtScope_OneDrawPerCourtForEveryCriterion(NoiseScope scope, NoiseDistribution distribution)
    {
        // Under the court scope one factor per court multiplies both criteria: their perturbed sums keep the ratio of the
        // original sums (up to the rounding of each sum); under the court-and-criterion scope they do not.
        var study = Prepare(new Perturbation { Noise = 0.5m, Scope = scope, Distribution = distribution }, new SensitivityOptions(1, 9)).GetStudyOrThrow();
        var original = WorkedExample.Request();
        var sameFactor = true;
        for (var run = 0L; run < 5; run++)
        {
            foreach (var court in study.PerturbedRequest(run).Courts)
            {
                var source = original.Courts.Single(c => c.Id == court.Id);
                var civil = court.Values["civil_flow"].Sum() / source.Values["civil_flow"].Sum();
                var criminal = court.Values["criminal_flow"].Sum() / source.Values["criminal_flow"].Sum();
                sameFactor &= Math.Abs(civil - criminal) < 0.002m;
            }
        }

        Assert.Equal(scope == NoiseScope.Court, sameFactor);
    }
}
