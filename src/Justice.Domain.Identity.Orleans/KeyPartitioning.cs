using System.Text;

namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// Where a blocking key, a record's posting and a name count live among the partitions: stable hashes (FNV-1a 64 with
/// a final mix), the same on every machine and every run, never <see cref="string.GetHashCode()"/>.
/// </summary>
/// <remarks>
/// A key of spread <c>s</c> (1 for an ordinary key, more for a hot key such as a common surname) has its postings
/// on <c>s</c> consecutive partitions from its primary one; a record's posting goes to the slot its id's hash picks,
/// so that a record is found on one partition per key and the slots of a hot key hold about as many records each.
/// </remarks>
internal static class KeyPartitioning
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The stable hash of a blocking key (FNV-1a over its eight bytes, little-endian, then mixed).</summary>
    /// <param name="key">The blocking key.</param>
    /// <returns>The hash.</returns>
    public static ulong Hash(ulong key)
    {
        var hash = FnvOffset;
        for (var i = 0; i < 8; i++)
        {
            hash = unchecked((hash ^ ((key >> (8 * i)) & 0xFF)) * FnvPrime);
        }

        return Mix(hash);
    }

    /// <summary>The stable hash of a text (FNV-1a over its UTF-8 bytes, then mixed).</summary>
    /// <param name="text">The text (a record id, a name value).</param>
    /// <returns>The hash.</returns>
    public static ulong Hash(string text)
    {
        Core.Guard.NotNull(text);
        var hash = FnvOffset;
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            var length = rune.EncodeToUtf8(buffer);
            for (var i = 0; i < length; i++)
            {
                hash = unchecked((hash ^ buffer[i]) * FnvPrime);
            }
        }

        return Mix(hash);
    }

    /// <summary>The partition that holds slot <paramref name="slot"/> of a key's postings.</summary>
    /// <param name="key">The blocking key.</param>
    /// <param name="slot">The slot, from 0 to the key's spread less one (0 for an ordinary key).</param>
    /// <param name="partitions">The number of partitions (1 or more).</param>
    /// <returns>The partition number, from 0 to <paramref name="partitions"/> less one.</returns>
    public static int PartitionOf(ulong key, int slot, int partitions)
    {
        CheckPartitions(partitions);
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        return (int)((Hash(key) % (ulong)partitions + (ulong)slot) % (ulong)partitions);
    }

    /// <summary>The slot of a key's postings that holds a record's posting, for a key of spread <paramref name="spread"/>.</summary>
    /// <param name="recordId">The record id.</param>
    /// <param name="spread">The key's spread (1 or more).</param>
    /// <returns>The slot, from 0 to <paramref name="spread"/> less one.</returns>
    public static int SlotOf(string recordId, int spread)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spread, 1);
        return SlotOfHash(Hash(recordId), spread);
    }

    /// <summary>The slot of a record whose id's <see cref="Hash(string)"/> is already known.</summary>
    internal static int SlotOfHash(ulong idHash, int spread) => (int)(idHash % (ulong)spread);

    /// <summary>The partition that counts a name value (a term of the match model).</summary>
    /// <param name="field">The field's index.</param>
    /// <param name="value">The normalised value.</param>
    /// <param name="partitions">The number of partitions (1 or more).</param>
    /// <returns>The partition number.</returns>
    public static int PartitionOfTerm(int field, string value, int partitions)
    {
        CheckPartitions(partitions);
        return (int)((Hash(value) ^ Hash((ulong)field)) % (ulong)partitions);
    }

    /// <summary>The partition that holds a record itself (its document and the forms it was stored with).</summary>
    /// <param name="recordId">The record id.</param>
    /// <param name="partitions">The number of partitions (1 or more).</param>
    /// <returns>The partition number.</returns>
    public static int HomeOf(string recordId, int partitions)
    {
        CheckPartitions(partitions);
        return (int)(Mix(Hash(recordId) ^ 0x9E3779B97F4A7C15UL) % (ulong)partitions);
    }

    private static void CheckPartitions(int partitions) => ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);

    // The finaliser of SplitMix64: the low bits of a plain FNV hash depend on few input bits, and a partition is a
    // remainder, so every bit is mixed into every other first.
    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
