using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Dédoublonnage et appariement</i>: scores the blocked pairs of one dataset (<see cref="Deduplicate"/>)
/// or across two (<see cref="Link"/>) and clusters the records of the match-band pairs: by best link in one dataset
/// (<see cref="PairClustering.BestLink"/>, the most complete records as centres, as the bulk run does), by connected
/// components across two. Review-band pairs are returned for the magistrate and do not join clusters.
/// </summary>
public static class IdentityLinker
{
    /// <summary>Deduplicates one dataset. O(n + blocked pairs · compare).</summary>
    /// <param name="matcher">The matcher (term frequencies are taken from <paramref name="records"/>).</param>
    /// <param name="records">The records; ids should be unique.</param>
    /// <param name="maxBlockSize">The largest block compared.</param>
    /// <returns>The clusters and review pairs.</returns>
    public static LinkageResult Deduplicate(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, int maxBlockSize = 1000)
    {
        Core.Guard.NotNull(matcher);
        Core.Guard.NotNull(records);
        var index = IdentityIndex.Build(matcher, records, maxBlockSize);
        var pairs = index.BlockedPairs();
        var scorer = index.Matcher;
        var links = new List<ScoredEdge>();
        var review = new List<ScoredPair>();
        long matches = 0;
        foreach (var packed in pairs)
        {
            var i = (int)(packed >> 32);
            var j = (int)(packed & 0xFFFFFFFF);
            var weight = scorer.Weight(records[i], records[j], out var vetoed);
            var band = scorer.Band(weight, vetoed);
            if (band == MatchBand.Match)
            {
                matches++;
                links.Add(new ScoredEdge(i, j, weight));
            }
            else if (band == MatchBand.Review)
            {
                review.Add(new ScoredPair(records[i].Id, records[j].Id, weight, IdentityMatcher.Probability(weight), band));
            }
        }

        // Every edge given is a match, so none is below the threshold passed.
        var centres = PairClustering.BestLink(records.Count, links, double.MinValue, [.. records.Select(r => r.Completeness)]);
        var assignments = Assign([.. centres.ClusterOf], records.Select(r => (0, r.Id)).ToArray(), out var clusters);
        return new LinkageResult(assignments, clusters, pairs.Count, matches, Sorted(review));
    }

    /// <summary>Links two datasets: pairs are only formed across them. O(n + m + blocked pairs · compare).</summary>
    /// <param name="matcher">The matcher (term frequencies from both datasets).</param>
    /// <param name="left">The left records.</param>
    /// <param name="right">The right records.</param>
    /// <param name="maxBlockSize">The largest block compared.</param>
    /// <returns>The clusters (dataset 0 = left, 1 = right) and review pairs.</returns>
    public static LinkageResult Link(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right, int maxBlockSize = 1000)
    {
        Core.Guard.NotNull(matcher);
        Core.Guard.NotNull(left);
        Core.Guard.NotNull(right);
        var index = IdentityIndex.Build(matcher, right, maxBlockSize);
        var scorer = matcher.WithTermFrequencies(left.Concat(right).ToArray());
        var parent = Enumerable.Range(0, left.Count + right.Count).ToArray();
        var review = new List<ScoredPair>();
        long matches = 0;
        long compared = 0;
        for (var i = 0; i < left.Count; i++)
        {
            foreach (var j in index.Candidates(left[i]))
            {
                compared++;
                var weight = scorer.Weight(left[i], right[j], out var vetoed);
                var band = scorer.Band(weight, vetoed);
                if (band == MatchBand.Match)
                {
                    matches++;
                    Union(parent, i, left.Count + j);
                }
                else if (band == MatchBand.Review)
                {
                    review.Add(new ScoredPair(left[i].Id, right[j].Id, weight, IdentityMatcher.Probability(weight), band));
                }
            }
        }

        var ids = left.Select(r => (0, r.Id)).Concat(right.Select(r => (1, r.Id))).ToArray();
        var assignments = Assign(parent, ids, out var clusters);
        return new LinkageResult(assignments, clusters, compared, matches, Sorted(review));
    }

    private static ScoredPair[] Sorted(List<ScoredPair> review) =>
        review.OrderByDescending(p => p.Weight).ThenBy(p => p.LeftId, StringComparer.Ordinal).ThenBy(p => p.RightId, StringComparer.Ordinal).ToArray();

    private static ClusterAssignment[] Assign(int[] parent, (int Dataset, string Id)[] ids, out int clusters)
    {
        var first = new Dictionary<int, string>();
        var assignments = new ClusterAssignment[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var root = Find(parent, i);
            if (!first.TryGetValue(root, out var cluster))
            {
                first[root] = cluster = ids[i].Id;
            }

            assignments[i] = new ClusterAssignment(ids[i].Dataset, ids[i].Id, cluster);
        }

        clusters = first.Count;
        return assignments;
    }

    private static int Find(int[] parent, int x)
    {
        var root = x;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[x] != root)
        {
            (parent[x], x) = (root, parent[x]);
        }

        return root;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
