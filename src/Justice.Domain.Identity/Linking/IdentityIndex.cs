using Justice.Domain.Identity.Matching;
using Justice.Domain.Identity.Model;

namespace Justice.Domain.Identity.Linking;

/// <summary>
/// <i>Référentiel de personnes en mémoire</i>: prepared records with their blocking keys in hash maps of
/// posting lists, and a matcher whose term frequencies come from the indexed records.
/// </summary>
public sealed class IdentityIndex
{
    private readonly Dictionary<ulong, int[]> postings;

    private IdentityIndex(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, Dictionary<ulong, int[]> postings, int maxBlockSize)
    {
        Matcher = matcher;
        Records = records;
        this.postings = postings;
        MaxBlockSize = maxBlockSize;
    }

    /// <summary>The matcher (with the index's term frequencies).</summary>
    public IdentityMatcher Matcher { get; }

    /// <summary>The indexed records.</summary>
    public IReadOnlyList<PreparedRecord> Records { get; }

    /// <summary>Blocks larger than this are skipped (a key shared by too many records says little).</summary>
    public int MaxBlockSize { get; }

    /// <summary>The number of distinct blocking keys.</summary>
    public int KeyCount => postings.Count;

    /// <summary>Builds an index. O(n · keys per record).</summary>
    /// <param name="matcher">The matcher.</param>
    /// <param name="records">The records.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <returns>The index.</returns>
    public static IdentityIndex Build(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, int maxBlockSize = 1000)
    {
        Core.Guard.NotNull(matcher);
        Core.Guard.NotNull(records);
        Core.Guard.InRange(maxBlockSize, 2, int.MaxValue);
        var lists = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in records[i].BlockingKeys)
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = new List<int>(2);
                }

                list.Add(i);
            }
        }

        var postings = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
        return new IdentityIndex(matcher.WithTermFrequencies(records), records, postings, maxBlockSize);
    }

    /// <summary>The indexed records sharing a blocking key with <paramref name="query"/> (each once).</summary>
    /// <param name="query">A prepared record.</param>
    /// <returns>Indices into <see cref="Records"/>.</returns>
    public IReadOnlyCollection<int> Candidates(PreparedRecord query)
    {
        Core.Guard.NotNull(query);
        var seen = new HashSet<int>();
        foreach (var key in query.BlockingKeys)
        {
            if (postings.TryGetValue(key, out var list) && list.Length <= MaxBlockSize)
            {
                seen.UnionWith(list);
            }
        }

        return seen;
    }

    /// <summary>
    /// Finds the indexed records most likely to be the person of <paramref name="query"/>, best first, each
    /// with its explanation. O(candidates · log top).
    /// </summary>
    /// <param name="query">The prepared query.</param>
    /// <param name="top">How many candidates at most (1 or more).</param>
    /// <returns>The ranked candidates.</returns>
    public IReadOnlyList<MatchCandidate> Find(PreparedRecord query, int top)
    {
        Core.Guard.NotNull(query);
        Core.Guard.Positive(top);
        var best = new PriorityQueue<int, double>();
        foreach (var i in Candidates(query))
        {
            if (ReferenceEquals(Records[i], query))
            {
                continue;
            }

            var weight = Matcher.Weight(query, Records[i], out _);
            if (best.Count < top)
            {
                best.Enqueue(i, weight);
            }
            else if (best.TryPeek(out _, out var lowest) && weight > lowest)
            {
                best.DequeueEnqueue(i, weight);
            }
        }

        var chosen = new List<int>(best.Count);
        while (best.Count > 0)
        {
            chosen.Add(best.Dequeue());
        }

        chosen.Reverse();
        return chosen.Select((i, rank) => new MatchCandidate(rank + 1, Matcher.Compare(query, Records[i]))).ToArray();
    }

    /// <summary>Every pair of indexed records sharing a block (of <paramref name="rule"/> only when given), each once (i &lt; j), packed as (i &lt;&lt; 32) | j.</summary>
    /// <param name="rule">The 1-based blocking rule, or 0 for all rules.</param>
    /// <returns>The candidate pairs.</returns>
    internal HashSet<long> BlockedPairs(int rule = 0)
    {
        var pairs = new HashSet<long>();
        foreach (var (key, list) in postings)
        {
            if (list.Length < 2 || list.Length > MaxBlockSize || (rule != 0 && Matching.BlockingKey.Rule(key) != rule))
            {
                continue;
            }

            for (var x = 0; x < list.Length; x++)
            {
                for (var y = x + 1; y < list.Length; y++)
                {
                    var i = list[x];
                    var j = list[y];
                    pairs.Add(i < j ? ((long)i << 32) | (uint)j : ((long)j << 32) | (uint)i);
                }
            }
        }

        return pairs;
    }
}
