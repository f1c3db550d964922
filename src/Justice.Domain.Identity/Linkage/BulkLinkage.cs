using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Dédoublonnage et appariement de masse</i>: deduplicates or links prepared records on all cores: blocking by
/// sorted runs (<see cref="BlockedPairs"/>), parallel scoring with the matcher, then clustering without chaining
/// (<see cref="PairClustering"/>) or one-to-one assignment. Deterministic: the result does not depend on the
/// number of threads.
/// </summary>
/// <remarks>
/// Call <c>Block</c> first to learn the number of pairs (for a progress bar, or a
/// <see cref="BlockingAnalysis"/>), then <see cref="Deduplicate"/> or <see cref="Link"/> with the blocked pairs.
/// </remarks>
public static class BulkLinkage
{
    /// <summary>Blocks one dataset (deduplication) with the profile's rules. O(keys log keys + pairs).</summary>
    /// <param name="profile">The profile whose rules made the records' keys.</param>
    /// <param name="records">The prepared records.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <returns>The candidate pairs and the blocking report.</returns>
    public static BlockedPairs Block(MatchProfile profile, IReadOnlyList<PreparedRecord> records, int maxBlockSize) =>
        Block(profile, records, 0, maxBlockSize);

    /// <summary>Blocks two datasets (linkage): the first <paramref name="leftCount"/> records are the first source.</summary>
    /// <param name="profile">The profile whose rules made the records' keys.</param>
    /// <param name="records">The prepared records of both sources, first source first.</param>
    /// <param name="leftCount">Number of records of the first source (1 or more).</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <returns>The candidate pairs across the sources.</returns>
    public static BlockedPairs Block(MatchProfile profile, IReadOnlyList<PreparedRecord> records, int leftCount, int maxBlockSize)
    {
        Guard.NotNull(profile);
        Guard.NotNull(records);
        Guard.InRange(leftCount, 0, records.Count);
        Guard.InRange(maxBlockSize, 2, int.MaxValue);
        const int ChunkSize = 16384;
        var starts = new int[records.Count + 1];
        RecordChunks.For(records.Count, ChunkSize, (_, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                starts[i + 1] = records[i]?.BlockingKeys.Length ?? 0;
            }
        });

        for (var i = 0; i < records.Count; i++)
        {
            Guard.NotNull(records[i], "records[i]");
            starts[i + 1] += starts[i];
        }

        // Each record's keys copied, checked and sorted by (rule, key) on all cores, by chunks of records (each
        // record's keys are its own); the rule is in the top bits, so sorting the keys does it. A key of a rule the
        // profile does not have is reported for the first record that has one, as a sequential scan would.
        var rules = new byte[starts[^1]];
        var keys = new ulong[starts[^1]];
        var firstBad = int.MaxValue;
        RecordChunks.For(records.Count, ChunkSize, (_, start, end) =>
        {
            for (var i = start; i < end; i++)
            {
                var at = starts[i];
                foreach (var key in records[i].BlockingKeys)
                {
                    if (!BlockingKey.IsRuleOf(key, profile.BlockingRules.Count))
                    {
                        RecordChunks.LowerTo(ref firstBad, i);
                    }

                    keys[at++] = key;
                }

                Array.Sort(keys, starts[i], starts[i + 1] - starts[i]);
                for (var k = starts[i]; k < starts[i + 1]; k++)
                {
                    // A key of rule 0 (which no profile has) wraps here; it is reported below.
                    rules[k] = unchecked((byte)(BlockingKey.Rule(keys[k]) - 1));
                }
            }
        });

        if (firstBad != int.MaxValue)
        {
            foreach (var key in records[firstBad].BlockingKeys)
            {
                BlockingKey.RuleIndex(key, profile.Name, profile.BlockingRules.Count, firstBad, nameof(records));
            }
        }

        return BlockedPairs.Build([.. profile.BlockingRules.Select(r => r.Description)], starts, rules, keys, maxBlockSize, leftCount, [.. profile.BlockingRules.Select(r => r.CapIn(maxBlockSize))]);
    }

    /// <summary>Deduplicates one dataset: scores the blocked pairs on all cores and clusters them.</summary>
    /// <param name="matcher">The matcher; term frequencies are taken from <paramref name="records"/>.</param>
    /// <param name="records">The prepared records.</param>
    /// <param name="blocked">The pairs from <see cref="Block(MatchProfile, IReadOnlyList{PreparedRecord}, int)"/> on the same records.</param>
    /// <param name="options">Clustering, cap and threads.</param>
    /// <param name="progress">Receives the running count of pairs compared; may be null.</param>
    /// <param name="cancellationToken">Stops the run between work units.</param>
    /// <returns>The clusters, the blocking report and the kept pairs.</returns>
    public static BulkResult Deduplicate(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, BlockedPairs blocked, BulkOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(matcher);
        Guard.NotNull(records);
        Guard.NotNull(blocked);
        Guard.NotNull(options);
        CheckBlocked(records, blocked);
        return Run(matcher.WithTermFrequencies(records), records, blocked, options, progress, cancellationToken);
    }

    /// <summary>Links two datasets: scores the blocked pairs across them on all cores, then clusters or assigns one to one.</summary>
    /// <param name="matcher">The matcher; term frequencies are taken from both datasets.</param>
    /// <param name="records">The prepared records of both sources, first source first.</param>
    /// <param name="blocked">The pairs from <see cref="Block(MatchProfile, IReadOnlyList{PreparedRecord}, int, int)"/> on the same records.</param>
    /// <param name="options">Clustering (or one-to-one), cap and threads.</param>
    /// <param name="progress">Receives the running count of pairs compared; may be null.</param>
    /// <param name="cancellationToken">Stops the run between work units.</param>
    /// <returns>The clusters (records of both sources), the blocking report and the kept pairs.</returns>
    public static BulkResult Link(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, BlockedPairs blocked, BulkOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(matcher);
        Guard.NotNull(records);
        Guard.NotNull(blocked);
        Guard.NotNull(options);
        CheckBlocked(records, blocked);
        if (blocked.LinkBoundary == 0)
        {
            throw new ArgumentException("blocked: these pairs were blocked for a deduplication; block with leftCount for a linkage.", nameof(blocked));
        }

        return Run(matcher.WithTermFrequencies(records), records, blocked, options, progress, cancellationToken);
    }

    /// <summary>The match weight (bits) of a probability threshold.</summary>
    /// <param name="probability">A probability in (0, 1).</param>
    /// <returns>log2(p / (1 − p)).</returns>
    internal static double WeightOf(double probability) => Math.Log2(probability / (1 - probability));

    private static void CheckBlocked(IReadOnlyList<PreparedRecord> records, BlockedPairs blocked)
    {
        if (blocked.RecordCount != records.Count)
        {
            throw Guard.OutOfRange(nameof(blocked), blocked.RecordCount, string.Create(CultureInfo.InvariantCulture, $"pairs blocked on the same {records.Count} records"));
        }
    }

    /// <summary>Scores the blocked pairs with a matcher that has its term frequencies, then clusters (or assigns one to one).</summary>
    /// <param name="scorer">The matcher, with the term frequencies of <paramref name="records"/>.</param>
    /// <param name="records">The prepared records.</param>
    /// <param name="blocked">The pairs blocked on the same records.</param>
    /// <param name="options">Clustering, cap and threads.</param>
    /// <param name="progress">Receives the running count of pairs compared; may be null.</param>
    /// <param name="cancellationToken">Stops the scoring between work units.</param>
    /// <param name="scored">Called once the pairs are scored, before the clustering; may be null.</param>
    /// <returns>The clusters, the blocking report and the kept pairs.</returns>
    internal static BulkResult Run(IdentityMatcher scorer, IReadOnlyList<PreparedRecord> records, BlockedPairs blocked, BulkOptions options, IProgress<long>? progress, CancellationToken cancellationToken, Action? scored = null)
    {
        Guard.Defined(options.Clustering);
        var matchWeight = WeightOf(scorer.Model.MatchThreshold);
        var reviewWeight = WeightOf(scorer.Model.ReviewThreshold);
        var array = records as PreparedRecord[] ?? [.. records];
        var pairs = blocked.Score(new MatcherPairScorer(scorer, array, matchWeight, reviewWeight), reviewWeight, options.MaxDegreeOfParallelism, progress, cancellationToken);
        scored?.Invoke();
        return Finish(scorer.Model, records.Count, [.. records.Select(r => r.Completeness)], pairs, blocked.Report, blocked.LinkBoundary, options);
    }

    /// <summary>Splits scored pairs into the match and review bands, then clusters them (or assigns one to one).</summary>
    /// <param name="model">The model the pairs were scored with (its thresholds).</param>
    /// <param name="recordCount">The number of records.</param>
    /// <param name="completeness">Each record's completeness, for best-link clustering.</param>
    /// <param name="pairs">The pairs kept by the scoring, in canonical order.</param>
    /// <param name="report">The blocking report.</param>
    /// <param name="linkBoundary">The boundary between the two sources of a linkage (0 for deduplication).</param>
    /// <param name="options">Clustering or one-to-one.</param>
    /// <returns>The clusters, the blocking report and the kept pairs.</returns>
    internal static BulkResult Finish(MatchModel model, int recordCount, IReadOnlyList<int> completeness, BulkScoring pairs, BlockingReport report, int linkBoundary, BulkOptions options)
    {
        Guard.Defined(options.Clustering);
        var matchWeight = WeightOf(model.MatchThreshold);
        var review = new List<ScoredEdge>();
        var matches = new List<ScoredEdge>();
        foreach (var edge in pairs.Edges)
        {
            if (edge.Weight >= matchWeight)
            {
                matches.Add(edge);
            }
            else
            {
                review.Add(edge);
            }
        }

        OneToOneLinks? oneToOne = null;
        RecordClusters clusters;
        if (options.OneToOne && linkBoundary > 0)
        {
            var left = linkBoundary;
            oneToOne = OneToOneAssignment.Assign(left, recordCount - left, pairs.Edges.Select(e => new ScoredEdge(e.Left, e.Right - left, e.Weight)), matchWeight);
            clusters = PairClustering.ConnectedComponents(recordCount, oneToOne.Links.Select(e => new ScoredEdge(e.Left, e.Right + left, e.Weight)), matchWeight);
        }
        else
        {
            clusters = options.Clustering == ClusteringMethod.WeakLinkSplitting
                ? PairClustering.WeakLinkSplitting(recordCount, pairs.Edges, matchWeight, Math.Max(matchWeight, WeightOf(Guard.Probability(options.ConfirmProbability))))
                : PairClustering.Cluster(options.Clustering, recordCount, pairs.Edges, matchWeight, matchWeight, completeness);
        }

        return new BulkResult(clusters, report, pairs.PairsCompared, matches.Count, matches, review, oneToOne);
    }
}
