using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Benchmarks.Identity;

/// <summary>
/// Bulk scoring of every blocked pair of the records of 100,000 synthetic French persons (about 178,000 records) on
/// one thread, with a model trained on them as <c>justice identity dedupe</c>
/// does, keeping the pairs at or above the review weight. Baseline: every field of every pair compared
/// (<see cref="IdentityMatcher"/>'s weight with precomputed adjustments); optimised: the cheap fields first, the costly
/// name comparisons skipped once the pair certainly falls below the review weight. Both keep the same pairs with the
/// same weights (a tested property).
/// </summary>
[MemoryDiagnoser]
public class BulkScoringBenchmarks
{
    private BlockedPairs blocked = null!;
    private FullScorer full;
    private MatcherPairScorer bounded;
    private double reviewWeight;

    /// <summary>Generates, prepares, blocks and trains.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var profile = CivilStatusProfile.Default;
        var preparer = new CivilStatusPreparer(profile);
        PreparedRecord[] records = [.. new SyntheticGenerator().Generate(100_000, 7).Records().Select(preparer.Prepare)];
        blocked = BulkLinkage.Block(profile.Profile, records, 100);
        var model = ModelTrainer.Train(profile.Profile, TrainingSample.ByBlock(records, 30_000), new TrainingOptions(PopulationSize: records.Length));
        var matcher = IdentityMatcher.Create(profile.Profile, model).WithTermFrequencies(records);
        var matchWeight = BulkLinkage.WeightOf(model.MatchThreshold);
        reviewWeight = BulkLinkage.WeightOf(model.ReviewThreshold);
        full = new FullScorer(matcher, records, matchWeight);
        bounded = new MatcherPairScorer(matcher, records, matchWeight, reviewWeight);
        Console.WriteLine($"// {records.Length:N0} records, {blocked.PairCount:N0} blocked pairs");
    }

    /// <summary>Every field of every pair.</summary>
    /// <returns>The pairs kept.</returns>
    [Benchmark(Baseline = true)]
    public int EveryField() => blocked.Score(full, reviewWeight, 1).Edges.Count;

    /// <summary>The costly fields skipped below the review weight (what bulk deduplication runs).</summary>
    /// <returns>The pairs kept.</returns>
    [Benchmark]
    public int BoundedByReviewWeight() => blocked.Score(bounded, reviewWeight, 1).Edges.Count;

    /// <summary>The weight of every pair, every field compared (the bulk scorer before the bound).</summary>
    private readonly struct FullScorer(IdentityMatcher matcher, PreparedRecord[] records, double matchWeight) : IPairScorer
    {
        private readonly double[]?[] adjustments = matcher.Adjustments(records);

        public double Weight(int left, int right)
        {
            var weight = matcher.WeightAdjusted(records[left], left, records[right], adjustments, out var vetoed);
            return vetoed && weight >= matchWeight ? Math.BitDecrement(matchWeight) : weight;
        }
    }
}
