using System.Buffers;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Référentiel de personnes en mémoire</i>: prepared records (normalised once) with their blocking keys in a
/// hash map of growable posting lists, and a matcher whose term frequencies are those of the indexed records.
/// </summary>
/// <remarks>
/// <para>
/// <b>Growth.</b> <see cref="Add"/> and <see cref="AddRange"/> index more records without a rebuild, in amortised
/// O(keys per record) each. An index built from r₁…rₙ and one built from r₁…rₖ then given rₖ₊₁…rₙ by
/// <see cref="Add"/> are the same: the same records at the same positions, the same posting lists and the same
/// term-frequency counts, hence the same <see cref="Candidates"/> and <see cref="Find"/>.
/// </para>
/// <para>
/// <b>Term frequencies follow the index.</b> <see cref="Add"/> counts the new record's values, so
/// <see cref="Matcher"/> always weighs an exact name agreement with the frequency of the name among all the
/// records indexed so far, whether they came through <see cref="Build"/> or <see cref="Add"/>. The counts are
/// order-independent, so the result is deterministic.
/// </para>
/// <para>
/// <b>Threading contract.</b> Any number of threads may call <see cref="Find"/>, <see cref="Candidates"/>,
/// <see cref="Records"/> and <see cref="Matcher"/> (and score with that matcher) at the same time, as long as no
/// thread is adding: the readers share no mutable state (per-query buffers come from
/// <see cref="ArrayPool{T}.Shared"/>). <see cref="Add"/> and <see cref="AddRange"/> need exclusive access: no other
/// call on the index or on its <see cref="Matcher"/> may run while they do. The index takes no lock itself; a
/// service that adds while serving queries wraps it in a <see cref="ReaderWriterLockSlim"/>, or builds a new index
/// and swaps the reference.
/// </para>
/// <para>
/// <b>Memory.</b> A key held by one record is stored in the hash map alone (no list); a list is allocated from the
/// second record on, and dropped once the block grows past <see cref="MaxBlockSize"/>, since it is never read
/// again. On 999,993 synthetic French records the index retained 114 bytes per record over the prepared records
/// (measured with <c>justice identity index-stats</c>; details in <c>docs/identity/scale.md</c>).
/// </para>
/// </remarks>
public sealed class IdentityIndex
{
    private readonly BlockIndex blocks;
    private readonly List<PreparedRecord> records;
    private readonly TermFrequencies frequencies;

    private IdentityIndex(IdentityMatcher matcher, int maxBlockSize, int capacity)
    {
        records = new List<PreparedRecord>(capacity);
        Records = records.AsReadOnly();
        blocks = new BlockIndex(matcher.Profile.Name, matcher.Profile.BlockingRules, maxBlockSize);
        frequencies = TermFrequencies.Empty(matcher.Profile);
        Matcher = matcher.WithCounts(frequencies);
        MaxBlockSize = maxBlockSize;
    }

    /// <summary>
    /// The matcher, with the term frequencies of the records indexed so far. It reads the index's counts, so it
    /// follows later <see cref="Add"/> calls; for a frozen copy, take
    /// <c>Matcher.WithTermFrequencies(Records.ToArray())</c>.
    /// </summary>
    public IdentityMatcher Matcher { get; }

    /// <summary>The indexed records, in the order they were added (a live read-only view).</summary>
    public IReadOnlyList<PreparedRecord> Records { get; }

    /// <summary>Blocks larger than this are skipped (a key shared by too many records says little); a rule may have a smaller cap of its own (<see cref="BlockingRule.MaxBlockSize"/>).</summary>
    public int MaxBlockSize { get; }

    /// <summary>The number of distinct blocking keys.</summary>
    public int KeyCount => blocks.KeyCount;

    /// <summary>Builds an index. O(n · keys per record).</summary>
    /// <param name="matcher">The matcher (its term frequencies, if any, are replaced by those of the index).</param>
    /// <param name="records">The records; none may be null.</param>
    /// <param name="maxBlockSize">The largest block compared (2 or more).</param>
    /// <returns>The index.</returns>
    public static IdentityIndex Build(IdentityMatcher matcher, IReadOnlyList<PreparedRecord> records, int maxBlockSize = 1000)
    {
        Core.Guard.NotNull(matcher);
        Core.Guard.NotNull(records);
        Core.Guard.InRange(maxBlockSize, 2, int.MaxValue);
        var index = new IdentityIndex(matcher, maxBlockSize, records.Count);
        index.AddRange(records);

        // The key map grew by doubling; a built index is often only read, so it gives the slack back (a later Add
        // grows it again).
        index.blocks.TrimExcess();
        return index;
    }

    /// <summary>
    /// Indexes one more record, at position <c>Records.Count</c>, without a rebuild; its values join the term
    /// frequencies. Amortised O(keys per record). Needs exclusive access (see the threading contract).
    /// </summary>
    /// <param name="record">A record prepared by the matcher's profile.</param>
    public void Add(PreparedRecord record)
    {
        Core.Guard.NotNull(record);
        Check(record, records.Count, nameof(record));
        Insert(record);
    }

    /// <summary>
    /// Indexes records in order, as many <see cref="Add"/> calls would. All are checked first, so a bad one
    /// leaves the index unchanged. Needs exclusive access (see the threading contract).
    /// </summary>
    /// <param name="records">The records; none may be null.</param>
    public void AddRange(IEnumerable<PreparedRecord> records)
    {
        var added = Core.Guard.NoNullElements(records);
        for (var i = 0; i < added.Length; i++)
        {
            Check(added[i], this.records.Count + i, nameof(records));
        }

        foreach (var record in added)
        {
            Insert(record);
        }
    }

    /// <summary>
    /// The indexed records sharing a blocking key with <paramref name="query"/> in a block of at most
    /// <see cref="MaxBlockSize"/> records, each once, in increasing order. O(candidates · query keys).
    /// </summary>
    /// <param name="query">A prepared record.</param>
    /// <returns>Indices into <see cref="Records"/>, ascending.</returns>
    public IReadOnlyCollection<int> Candidates(PreparedRecord query)
    {
        Core.Guard.NotNull(query);
        var buffer = blocks.Gather(query, out var start, out var count);
        try
        {
            var candidates = new int[count];
            for (var c = 0; c < count; c++)
            {
                var value = buffer[start + c];
                candidates[c] = value < 0 ? ~value : value;
            }

            return candidates;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Finds the indexed records most likely to be the person of <paramref name="query"/>, best first, each with
    /// its explanation. Candidates are ranked by match weight, then by position in <see cref="Records"/> (earlier
    /// first) when weights are equal, so the result depends neither on key order nor on thread. The query itself
    /// (the same instance) is never returned. Once <paramref name="top"/> candidates are held, a candidate whose cheap
    /// fields (date, place, sex) already rule it out, even with the best name levels, is not compared on names
    /// (<see cref="IdentityMatcher"/> bounds the weight; the result is the same as scoring every candidate).
    /// O(candidates · (query keys + compare + log top)); the only allocations are the result and its explanations.
    /// </summary>
    /// <param name="query">The prepared query.</param>
    /// <param name="top">How many candidates at most (1 or more).</param>
    /// <returns>The ranked candidates.</returns>
    public IReadOnlyList<MatchCandidate> Find(PreparedRecord query, int top)
    {
        Core.Guard.NotNull(query);
        Core.Guard.Positive(top);
        var buffer = blocks.Gather(query, out var start, out var count);
        try
        {
            return CandidateRanking.Rank(Matcher, query, buffer.AsSpan(start, count), records, top);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>Every pair of indexed records sharing a block (of <paramref name="rule"/> only when given), each once (i &lt; j), packed as (i &lt;&lt; 32) | j.</summary>
    /// <param name="rule">The 1-based blocking rule, or 0 for all rules.</param>
    /// <returns>The candidate pairs.</returns>
    internal HashSet<long> BlockedPairs(int rule = 0) => blocks.BlockedPairs(rule);

    private void Check(PreparedRecord record, int position, string parameter) => blocks.Check(record, position, parameter);

    private void Insert(PreparedRecord record)
    {
        var i = records.Count;
        records.Add(record);
        frequencies.Add(record);
        blocks.Insert(record, i);
    }
}
