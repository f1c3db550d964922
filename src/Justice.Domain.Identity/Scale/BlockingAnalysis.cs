using Justice.Domain.Core;

namespace Justice.Domain.Identity.Scale;

/// <summary>
/// <i>Analyse du blocage</i>: measures, on records whose true person is known (synthetic data, a labelled
/// sample), how many true pairs the blocking rules form, per rule, and how many the size cap loses.
/// </summary>
public static class BlockingAnalysis
{
    /// <summary>
    /// Computes the recall ceiling of <paramref name="pairs"/>. O(true pairs · rules) after grouping the labels.
    /// </summary>
    /// <param name="pairs">The blocked candidate pairs.</param>
    /// <param name="personOf">For each record, its true person's label (the same label = the same person).</param>
    /// <returns>True pairs, those blocked, those lost to the cap and the count per rule.</returns>
    public static BlockingRecall Recall(BlockedPairs pairs, IReadOnlyList<int> personOf) => Recall(pairs, personOf, null);

    /// <summary>
    /// Computes the recall ceiling of <paramref name="pairs"/> and adds each true pair that no rule forms to
    /// <paramref name="missed"/> (record indices, lower first), to see what the rules miss. O(true pairs · rules).
    /// </summary>
    /// <param name="pairs">The blocked candidate pairs.</param>
    /// <param name="personOf">For each record, its true person's label (the same label = the same person).</param>
    /// <param name="missed">Receives the true pairs not formed, or null.</param>
    /// <returns>True pairs, those blocked, those lost to the cap and the count per rule.</returns>
    public static BlockingRecall Recall(BlockedPairs pairs, IReadOnlyList<int> personOf, ICollection<(int Left, int Right)>? missed)
    {
        Guard.NotNull(pairs);
        Guard.NotNull(personOf);
        if (personOf.Count != pairs.RecordCount)
        {
            throw Guard.OutOfRange(nameof(personOf), personOf.Count, FormattableString.Invariant($"one label per blocked record ({pairs.RecordCount})"));
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < personOf.Count; i++)
        {
            if (!groups.TryGetValue(personOf[i], out var list))
            {
                groups[personOf[i]] = list = new List<int>(1);
            }

            list.Add(i);
        }

        var rules = pairs.RuleCount;
        var byRule = new long[rules];
        long truePairs = 0, blocked = 0, lostToCap = 0;
        var boundary = pairs.LinkBoundary;
        foreach (var group in groups.Values)
        {
            for (var x = 0; x < group.Count; x++)
            {
                for (var y = x + 1; y < group.Count; y++)
                {
                    int i = group[x], j = group[y];
                    if (boundary > 0 && (i < boundary) == (j < boundary))
                    {
                        continue;
                    }

                    truePairs++;
                    bool formed = false, capped = false;
                    for (var r = 0; r < rules; r++)
                    {
                        switch (pairs.Relation(r, i, j))
                        {
                            case 2:
                                formed = true;
                                byRule[r]++;
                                break;
                            case 1:
                                capped = true;
                                break;
                        }
                    }

                    blocked += formed ? 1 : 0;
                    if (!formed)
                    {
                        missed?.Add((i, j));
                    }

                    lostToCap += capped && !formed ? 1 : 0;
                }
            }
        }

        return new BlockingRecall(truePairs, blocked, lostToCap, byRule);
    }
}
