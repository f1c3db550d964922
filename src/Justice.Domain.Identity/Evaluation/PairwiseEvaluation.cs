namespace Justice.Domain.Identity.Evaluation;

/// <summary><i>Évaluation</i>: compares a clustering with the truth, pair by pair, without listing pairs (O(n)).</summary>
public static class PairwiseEvaluation
{
    /// <summary>Pairwise metrics of <paramref name="clusters"/> (record key → cluster) against <paramref name="truth"/> (record key → person).</summary>
    /// <param name="clusters">The predicted cluster of each record.</param>
    /// <param name="truth">The true person of each record; records missing here are ignored.</param>
    /// <returns>The metrics.</returns>
    public static PairwiseMetrics Evaluate(IEnumerable<KeyValuePair<string, string>> clusters, IReadOnlyDictionary<string, string> truth)
    {
        Core.Guard.NotNull(clusters);
        Core.Guard.NotNull(truth);
        var byCluster = new Dictionary<string, long>(StringComparer.Ordinal);
        var byPerson = new Dictionary<string, long>(StringComparer.Ordinal);
        var byBoth = new Dictionary<(string, string), long>();
        foreach (var (record, cluster) in clusters)
        {
            if (!truth.TryGetValue(record, out var person))
            {
                continue;
            }

            byCluster[cluster] = byCluster.GetValueOrDefault(cluster) + 1;
            byPerson[person] = byPerson.GetValueOrDefault(person) + 1;
            byBoth[(cluster, person)] = byBoth.GetValueOrDefault((cluster, person)) + 1;
        }

        static long Pairs(IEnumerable<long> sizes) => sizes.Sum(n => n * (n - 1) / 2);
        var tp = Pairs(byBoth.Values);
        return new PairwiseMetrics(tp, Pairs(byCluster.Values) - tp, Pairs(byPerson.Values) - tp);
    }
}
