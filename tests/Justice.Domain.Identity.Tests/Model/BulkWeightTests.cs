using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;
using Justice.Samples.Synthetic;

namespace Justice.Domain.Identity.Tests.Model;

/// <summary>The bulk scoring shortcuts against the straightforward definitions, on synthetic French records.</summary>
public sealed class BulkWeightTests
{
    private static readonly Lazy<PreparedRecord[]> Records = new(() =>
        [.. new SyntheticGenerator().Generate(1500, 5).Records().Select(CivilStatusProfile.Default.Prepare)]);

    [Fact]
    public void Count_SyntheticRecords_SameFrequenciesAsAddingOneByOne()
    {
        var profile = CivilStatusProfile.Default.Profile;
        var records = Records.Value;
        var fast = TermFrequencies.Count(profile, records);
        var reference = TermFrequencies.CountReference(profile, records);
        for (var f = 0; f < profile.Comparisons.Count; f++)
        {
            foreach (var value in records.Select(r => profile.Comparisons[f].TermFrequencyValue(r)).Append("NOBODY").Append(null))
            {
                Assert.Equal(reference.Frequency(f, value), fast.Frequency(f, value));
            }
        }
    }

    [Fact]
    public void WeightAdjusted_BlockedSyntheticPairs_BitForBitAsWeight()
    {
        var profile = CivilStatusProfile.Default.Profile;
        var records = Records.Value;
        var matcher = IdentityMatcher.Create(profile, MatchModel.Initial(profile)).WithTermFrequencies(records);
        var adjustments = matcher.Adjustments(records);
        var pairs = 0;
        Prop.ForAll(Gen.Choose(0, records.Length - 1).Two().ToArbitrary(), p =>
        {
            var expected = matcher.Weight(records[p.Item1], records[p.Item2], out var vetoed);
            return expected.Equals(matcher.WeightAdjusted(records[p.Item1], p.Item1, records[p.Item2], adjustments, out var adjustedVeto)) && vetoed == adjustedVeto;
        }).QuickCheckThrowOnFailure();

        // Blocked pairs, where names agree and the adjustments count.
        var blocked = Justice.Domain.Identity.Scale.BulkLinkage.Block(profile, records, 100);
        blocked.ForEachPair((i, j) =>
        {
            pairs++;
            Assert.Equal(matcher.Weight(records[i], records[j], out _), matcher.WeightAdjusted(records[i], i, records[j], adjustments, out _));
        });
        Assert.True(pairs > 1000);
    }

    [Fact]
    public void WeightAdjustedAbove_BlockedSyntheticPairs_SameWeightAtOrAboveTheFloorAndBelowItOtherwise()
    {
        var profile = CivilStatusProfile.Default.Profile;
        var records = Records.Value;
        var matcher = IdentityMatcher.Create(profile, MatchModel.Initial(profile)).WithTermFrequencies(records);
        var adjustments = matcher.Adjustments(records);
        var blocked = Justice.Domain.Identity.Scale.BulkLinkage.Block(profile, records, 100);
        var pairs = new List<(int, int)>();
        blocked.ForEachPair((i, j) => pairs.Add((i, j)));
        var (kept, skipped) = (0, 0);
        Prop.ForAll(Gen.Elements(pairs.ToArray()).ToArbitrary(), Gen.Choose(-40, 30).ToArbitrary(), (p, floor) =>
        {
            var expected = matcher.WeightAdjusted(records[p.Item1], p.Item1, records[p.Item2], adjustments, out var vetoed);
            var bounded = matcher.WeightAdjustedAbove(records[p.Item1], p.Item1, records[p.Item2], adjustments, floor, out var boundedVeto);
            if (expected >= floor)
            {
                kept++;
                return expected.Equals(bounded) && vetoed == boundedVeto;
            }

            skipped++;
            return bounded < floor;
        }).QuickCheckThrowOnFailure();

        // Every blocked pair at the review weight (what bulk scoring keeps), and both outcomes seen.
        var review = Justice.Domain.Identity.Scale.BulkLinkage.WeightOf(matcher.Model.ReviewThreshold);
        foreach (var (i, j) in pairs)
        {
            var expected = matcher.WeightAdjusted(records[i], i, records[j], adjustments, out var vetoed);
            var bounded = matcher.WeightAdjustedAbove(records[i], i, records[j], adjustments, review, out var boundedVeto);
            Assert.True(expected >= review ? expected.Equals(bounded) && vetoed == boundedVeto : bounded < review);
        }

        Assert.True(kept > 0 && skipped > 0);
    }
}
