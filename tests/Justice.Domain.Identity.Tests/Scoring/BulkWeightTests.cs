using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Scoring;

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

    [Property]
    public Property WeightAdjusted_RandomSyntheticPairs_BitForBitAsWeight()
    {
        var (records, matcher, adjustments) = Scoring();
        return Prop.ForAll(Gen.Choose(0, records.Length - 1).Two().ToArbitrary(), p =>
        {
            var expected = matcher.Weight(records[p.Item1], records[p.Item2], out var vetoed);
            return expected.Equals(matcher.WeightAdjusted(records[p.Item1], p.Item1, records[p.Item2], adjustments, out var adjustedVeto)) && vetoed == adjustedVeto;
        });
    }

    [Fact]
    public void WeightAdjusted_BlockedSyntheticPairs_BitForBitAsWeight()
    {
        // Blocked pairs, where names agree and the adjustments count.
        var (records, matcher, adjustments) = Scoring();
        var pairs = 0;
        var blocked = Justice.Domain.Identity.Linkage.BulkLinkage.Block(matcher.Profile, records, 100);
        blocked.ForEachPair((i, j) =>
        {
            pairs++;
            Assert.Equal(matcher.Weight(records[i], records[j], out _), matcher.WeightAdjusted(records[i], i, records[j], adjustments, out _));
        });
        Assert.True(pairs > 1000);
    }

    [Property]
    public Property WeightAdjustedAbove_RandomBlockedPairsAndFloors_SameWeightAtOrAboveTheFloorAndBelowItOtherwise()
    {
        var (records, matcher, adjustments) = Scoring();
        var pairs = BlockedPairs(records, matcher);
        return Prop.ForAll(Gen.Elements(pairs).ToArbitrary(), Gen.Choose(-40, 30).ToArbitrary(), (p, floor) =>
        {
            var expected = matcher.WeightAdjusted(records[p.Item1], p.Item1, records[p.Item2], adjustments, out var vetoed);
            var bounded = matcher.WeightAdjustedAbove(records[p.Item1], p.Item1, records[p.Item2], adjustments, floor, out var boundedVeto);
            return expected >= floor ? expected.Equals(bounded) && vetoed == boundedVeto : bounded < floor;
        });
    }

    [Fact]
    public void WeightAdjustedAbove_BlockedSyntheticPairs_SameWeightAtOrAboveTheFloorAndBelowItOtherwise()
    {
        var (records, matcher, adjustments) = Scoring();
        var pairs = BlockedPairs(records, matcher);
        var (kept, skipped) = (0, 0);

        // Every blocked pair at the review weight (what bulk scoring keeps), and both outcomes seen.
        var review = Justice.Domain.Identity.Linkage.BulkLinkage.WeightOf(matcher.Model.ReviewThreshold);
        foreach (var (i, j) in pairs)
        {
            var expected = matcher.WeightAdjusted(records[i], i, records[j], adjustments, out var vetoed);
            var bounded = matcher.WeightAdjustedAbove(records[i], i, records[j], adjustments, review, out var boundedVeto);
            Assert.True(expected >= review ? expected.Equals(bounded) && vetoed == boundedVeto : bounded < review);
            if (expected >= review)
            {
                kept++;
            }
            else
            {
                skipped++;
            }
        }

        Assert.True(kept > 0 && skipped > 0);
    }

    private static (PreparedRecord[] Records, IdentityMatcher Matcher, double[]?[] Adjustments) Scoring()
    {
        var profile = CivilStatusProfile.Default.Profile;
        var records = Records.Value;
        var matcher = IdentityMatcher.Create(profile, MatchModel.Initial(profile)).WithTermFrequencies(records);
        return (records, matcher, matcher.Adjustments(records));
    }

    private static (int, int)[] BlockedPairs(PreparedRecord[] records, IdentityMatcher matcher)
    {
        var pairs = new List<(int, int)>();
        Justice.Domain.Identity.Linkage.BulkLinkage.Block(matcher.Profile, records, 100).ForEachPair((i, j) => pairs.Add((i, j)));
        return [.. pairs];
    }
}
