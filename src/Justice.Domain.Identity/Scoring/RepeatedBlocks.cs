using System.Numerics;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// Finds the blocks whose members are exactly those of an earlier block (in (rule, key) order): such a block forms no
/// pair of its own, since each of its pairs shares the earlier block's key. Two records with the same surname share
/// every key of a rule on the surname's one-letter deletions, so at a million records most of these rules' blocks
/// repeat an earlier one.
/// </summary>
internal static class RepeatedBlocks
{
    /// <summary>The blocks are split by the top bits of their members' hash, and the parts are read on all cores.</summary>
    private const int PartBits = 8;

    private const int ChunkBlocks = 65_536;

    /// <summary>
    /// Which blocks repeat the members of an earlier block. A block is marked only when its members are checked equal
    /// to an earlier block's (a hash narrows the search), so the blocks not marked form the same pairs as all of them.
    /// O(members) on all cores.
    /// </summary>
    /// <param name="records">The records the blocks' members are runs of.</param>
    /// <param name="runStarts">Each block's first member in <paramref name="records"/>, in (rule, key) order.</param>
    /// <param name="runLengths">Each block's number of members (its members sorted).</param>
    /// <returns>For each block, whether an earlier block has the same members.</returns>
    public static bool[] Find(int[] records, int[] runStarts, int[] runLengths)
    {
        var count = runStarts.Length;
        var hashes = new ulong[count];
        Parallel.For(0, (count + ChunkBlocks - 1) / ChunkBlocks, chunk =>
        {
            var end = Math.Min(count, (chunk + 1) * ChunkBlocks);
            for (var b = chunk * ChunkBlocks; b < end; b++)
            {
                hashes[b] = Hash(records.AsSpan(runStarts[b], runLengths[b]));
            }
        });

        // Each part's blocks, in ascending order, so that the first of equal blocks is the one kept.
        var partStarts = new int[(1 << PartBits) + 1];
        foreach (var hash in hashes)
        {
            partStarts[PartOf(hash) + 1]++;
        }

        for (var p = 0; p < 1 << PartBits; p++)
        {
            partStarts[p + 1] += partStarts[p];
        }

        var byPart = new int[count];
        var next = partStarts[..^1];
        for (var b = 0; b < count; b++)
        {
            byPart[next[PartOf(hashes[b])]++] = b;
        }

        // Each part's blocks go through an open-addressing table of their first block per hash (linear probing on the
        // hash's low bits; a slot holds a block number + 1), one table per thread, cleared for each part.
        var largest = 0;
        for (var p = 0; p < 1 << PartBits; p++)
        {
            largest = Math.Max(largest, partStarts[p + 1] - partStarts[p]);
        }

        var slots = TableSize(largest);
        var repeated = new bool[count];
        Parallel.For(0, 1 << PartBits, () => new int[slots], (part, _, table) =>
        {
            var mask = TableSize(partStarts[part + 1] - partStarts[part]) - 1;
            Array.Clear(table, 0, mask + 1);
            for (var at = partStarts[part]; at < partStarts[part + 1]; at++)
            {
                var b = byPart[at];
                var hash = hashes[b];
                var slot = (int)(hash & (uint)mask);
                while (true)
                {
                    var first = table[slot] - 1;
                    if (first < 0)
                    {
                        table[slot] = b + 1;
                        break;
                    }

                    if (hashes[first] == hash)
                    {
                        // The first block of this hash is kept; a later one with other members (a collision) too.
                        repeated[b] = records.AsSpan(runStarts[first], runLengths[first]).SequenceEqual(records.AsSpan(runStarts[b], runLengths[b]));
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            return table;
        }, _ => { });

        return repeated;
    }

    private static int PartOf(ulong hash) => (int)(hash >> (64 - PartBits));

    /// <summary>The slots of a part's table: a power of two at least twice its blocks, so that probes stay short.</summary>
    private static int TableSize(int blocks) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2L * blocks));

    /// <summary>A 64-bit hash of a member list (multiply and rotate per member, then a final mix).</summary>
    private static ulong Hash(ReadOnlySpan<int> list)
    {
        var h = unchecked((ulong)list.Length * 0x9E3779B97F4A7C15UL);
        foreach (var member in list)
        {
            h = unchecked(ulong.RotateLeft((h ^ (uint)member) * 0xBF58476D1CE4E5B9UL, 31));
        }

        h ^= h >> 33;
        h = unchecked(h * 0xFF51AFD7ED558CCDUL);
        return h ^ (h >> 29);
    }
}
