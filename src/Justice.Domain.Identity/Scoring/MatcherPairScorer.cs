using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// Scores pairs of prepared records by index with an <see cref="IdentityMatcher"/> (read-only, thread-safe).
/// A vetoed pair (a field at a veto level) cannot be an automatic match: its weight is held just below the
/// match threshold, so it lands in the review band as <see cref="IdentityMatcher.Band"/> puts it.
/// A pair whose weight is certainly below <c>floor</c> gets some weight below <c>floor</c> without its costly
/// comparisons (<see cref="IdentityMatcher.WeightAdjustedAbove"/>): give the lowest weight the caller keeps.
/// </summary>
/// <remarks>The term-frequency adjustments of every record are computed once, on all cores, when the scorer is made.</remarks>
internal readonly struct MatcherPairScorer(IdentityMatcher matcher, PreparedRecord[] records, double matchWeight, double floor) : IPairScorer
{
    private readonly double[]?[] adjustments = matcher.Adjustments(records);

    public double Weight(int left, int right)
    {
        var weight = matcher.WeightAdjustedAbove(records[left], left, records[right], adjustments, floor, out var vetoed);
        return vetoed && weight >= matchWeight ? Math.BitDecrement(matchWeight) : weight;
    }
}
