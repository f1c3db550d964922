using System.Buffers;
using System.Runtime.InteropServices;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// The blocks of a growing list of prepared records: each blocking key with the records that hold it, in a hash map
/// of growable posting lists. A key held by one record is stored in the map alone (no list); a list is allocated from
/// the second record on, and dropped once the block grows past its rule's cap, since it is never read again. The
/// in-memory index's look-ups and the model's training pairs both read it.
/// </summary>
internal sealed class BlockIndex
{
    /// <summary>A query with at most this many keys keeps its look-ups and merge heads on the stack.</summary>
    private const int StackKeys = 128;

    // key → ~record when one record holds the key, else a slot of `lists`/`counts`.
    private readonly Dictionary<ulong, int> keys = [];
    private readonly string profile;
    private int[]?[] lists = [];
    private int[] counts = [];
    private int slots;

    // Each rule's block cap: the index's, or the rule's own when smaller.
    private readonly int[] caps;

    /// <summary>Creates empty blocks for the rules of a profile.</summary>
    /// <param name="profile">The profile's name (for errors).</param>
    /// <param name="rules">The profile's blocking rules.</param>
    /// <param name="maxBlockSize">The largest block read.</param>
    public BlockIndex(string profile, IReadOnlyList<BlockingRule> rules, int maxBlockSize)
    {
        this.profile = profile;
        caps = [.. rules.Select(r => r.CapIn(maxBlockSize))];
    }

    /// <summary>The number of distinct blocking keys.</summary>
    public int KeyCount => keys.Count;

    /// <summary>Blocks of <paramref name="records"/>, all checked first (a key of a rule the profile lacks is an error naming its record).</summary>
    public static BlockIndex Of(string profile, IReadOnlyList<BlockingRule> rules, int maxBlockSize, IReadOnlyList<PreparedRecord> records)
    {
        var blocks = new BlockIndex(profile, rules, maxBlockSize);
        for (var i = 0; i < records.Count; i++)
        {
            blocks.Check(records[i], i, nameof(records));
        }

        for (var i = 0; i < records.Count; i++)
        {
            blocks.Insert(records[i], i);
        }

        return blocks;
    }

    /// <summary>Gives back the slack of the key map once filled.</summary>
    public void TrimExcess() => keys.TrimExcess();

    /// <summary>Every pair of indexed records sharing a block (of <paramref name="rule"/> only when given), each once (i &lt; j), packed as (i &lt;&lt; 32) | j.</summary>
    /// <param name="rule">The 1-based blocking rule, or 0 for all rules.</param>
    /// <returns>The candidate pairs.</returns>
    public HashSet<long> BlockedPairs(int rule = 0)
    {
        var pairs = new HashSet<long>();
        foreach (var (key, slot) in keys)
        {
            if (slot < 0 || lists[slot] is not { } list || (rule != 0 && BlockingKey.Rule(key) != rule))
            {
                continue;
            }

            // A list holds distinct records in increasing order.
            var count = counts[slot];
            for (var x = 0; x < count; x++)
            {
                for (var y = x + 1; y < count; y++)
                {
                    pairs.Add(((long)list[x] << 32) | (uint)list[y]);
                }
            }
        }

        return pairs;
    }

    /// <summary>Throws when a key of <paramref name="record"/> (at <paramref name="position"/>) is of a rule the profile does not have.</summary>
    public void Check(PreparedRecord record, int position, string parameter)
    {
        foreach (var key in record.BlockingKeys)
        {
            BlockingKey.RuleIndex(key, profile, caps.Length, position, parameter);
        }
    }

    /// <summary>Files the keys of <paramref name="record"/>, at position <paramref name="i"/> (one more than the last filed).</summary>
    public void Insert(PreparedRecord record, int i)
    {
        foreach (var key in record.BlockingKeys)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, key, out var exists);
            if (!exists)
            {
                entry = ~i;
            }
            else if (entry < 0)
            {
                if (~entry != i)
                {
                    entry = NewList(~entry, i);
                }
            }
            else
            {
                Append(entry, i, caps[BlockingKey.Rule(key) - 1]);
            }
        }
    }

    private int NewList(int first, int second)
    {
        if (slots == lists.Length)
        {
            var capacity = Math.Max(16, slots * 2);
            Array.Resize(ref lists, capacity);
            Array.Resize(ref counts, capacity);
        }

        lists[slots] = [first, second];
        counts[slots] = 2;
        return slots++;
    }

    private void Append(int slot, int record, int cap)
    {
        var list = lists[slot];
        var count = counts[slot];
        if (list is null || list[count - 1] == record)
        {
            // Capped already, or the record holds the key twice.
            return;
        }

        if (count == cap)
        {
            // Past the cap the block is never read again: drop its list.
            lists[slot] = null;
            counts[slot] = count + 1;
            return;
        }

        if (count == list.Length)
        {
            Array.Resize(ref list, (int)Math.Min((long)count * 2, cap));
            lists[slot] = list;
        }

        list[count] = record;
        counts[slot] = count + 1;
    }

    /// <summary>
    /// Copies the usable posting lists of the query's keys into the start of a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/> (room for them twice), then merges them (each is ascending) into the distinct
    /// candidates, ascending. A candidate found under several keys is stored as its complement (negative). Each key is
    /// looked up once. The caller returns the buffer to the pool.
    /// </summary>
    /// <param name="query">The query record.</param>
    /// <param name="start">Where the candidates start in the buffer.</param>
    /// <param name="count">The number of candidates.</param>
    /// <returns>The rented buffer.</returns>
    public int[] Gather(PreparedRecord query, out int start, out int count)
    {
        const int Unusable = int.MinValue;
        var queryKeys = query.BlockingKeys;
        Span<int> found = queryKeys.Length <= StackKeys ? stackalloc int[queryKeys.Length] : new int[queryKeys.Length];
        long postings = 0;
        for (var k = 0; k < queryKeys.Length; k++)
        {
            // A key held by no record, or whose block is over the cap (its list dropped), gives nothing.
            found[k] = keys.TryGetValue(queryKeys[k], out var slot) && (slot < 0 || lists[slot] is not null) ? slot : Unusable;
            postings += found[k] == Unusable ? 0 : slot < 0 ? 1 : counts[slot];
        }

        var buffer = ArrayPool<int>.Shared.Rent((int)Math.Max(1, 2 * postings));
        Span<int> bounds = queryKeys.Length < StackKeys ? stackalloc int[queryKeys.Length + 1] : new int[queryKeys.Length + 1];
        var segments = 0;
        var total = 0;
        foreach (var slot in found)
        {
            if (slot == Unusable)
            {
                continue;
            }

            if (slot < 0)
            {
                buffer[total++] = ~slot;
            }
            else
            {
                lists[slot]!.AsSpan(0, counts[slot]).CopyTo(buffer.AsSpan(total));
                total += counts[slot];
            }

            bounds[++segments] = total;
        }

        (start, count) = Merge(buffer, bounds[..(segments + 1)], total);
        return buffer;
    }

    /// <summary>k-way merge of the sorted segments of <paramref name="buffer"/> (ending at <paramref name="bounds"/>) after them, dropping repeats and marking them.</summary>
    private static (int Start, int Count) Merge(int[] buffer, Span<int> bounds, int total)
    {
        var segments = bounds.Length - 1;
        if (segments <= 1)
        {
            return (0, total);
        }

        // k-way merge of the sorted segments, dropping repeats (equal values come out one after another).
        Span<int> heads = segments <= StackKeys ? stackalloc int[segments] : new int[segments];
        for (var s = 0; s < segments; s++)
        {
            heads[s] = bounds[s];
        }

        var written = total;
        var last = -1;
        while (true)
        {
            var min = int.MaxValue;
            var from = -1;
            for (var s = 0; s < segments; s++)
            {
                if (heads[s] < bounds[s + 1] && buffer[heads[s]] < min)
                {
                    min = buffer[heads[s]];
                    from = s;
                }
            }

            if (from < 0)
            {
                return (total, written - total);
            }

            heads[from]++;
            if (min != last)
            {
                buffer[written++] = min;
                last = min;
            }
            else if (buffer[written - 1] >= 0)
            {
                // Held by several of the query's keys: marked by its complement.
                buffer[written - 1] = ~min;
            }
        }
    }
}
