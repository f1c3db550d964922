using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;

namespace Justice.Domain.Identity.Scale;

/// <summary>
/// Scores pairs of prepared records by index with an <see cref="IdentityMatcher"/> (read-only, thread-safe).
/// A vetoed pair (a field at a veto level) cannot be an automatic match: its weight is held just below the
/// match threshold, so it lands in the review band as <see cref="IdentityMatcher.Band"/> puts it.
/// </summary>
/// <remarks>The term-frequency adjustments of every record are computed once, on all cores, when the scorer is made.</remarks>
internal readonly struct MatcherPairScorer(IdentityMatcher matcher, PreparedRecord[] records, double matchWeight) : IPairScorer
{
    private readonly double[]?[] adjustments = matcher.Adjustments(records);

    public double Weight(int left, int right)
    {
        var weight = matcher.WeightAdjusted(records[left], left, records[right], adjustments, out var vetoed);
        return vetoed && weight >= matchWeight ? Math.BitDecrement(matchWeight) : weight;
    }
}
