using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;

namespace Justice.Domain.Identity.Scale;

/// <summary>Scores pairs of prepared records by index with an <see cref="IdentityMatcher"/> (read-only, thread-safe).</summary>
internal readonly struct MatcherPairScorer(IdentityMatcher matcher, PreparedRecord[] records) : IPairScorer
{
    public double Weight(int left, int right) => matcher.Weight(records[left], records[right]);
}
