using System.Runtime.InteropServices;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// A block of <see cref="BlockedPairs"/>: a run of equal keys of one rule holding two records or more, within the cap,
/// and in a linkage at least one record of each source; 24 bytes (the runtime orders the fields). Its members are <paramref name="Length"/> record indexes from <paramref name="Start"/>, in ascending order.
/// </summary>
/// <param name="Rule">The rule's 0-based index.</param>
/// <param name="Key">The key the members share.</param>
/// <param name="Start">Where the members start in the blocks' member array.</param>
/// <param name="Length">The number of members.</param>
/// <param name="Left">In a linkage, the members of the first source (they come first); 0 in a deduplication.</param>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct CandidateBlock(byte Rule, ulong Key, int Start, int Length, int Left)
{
    /// <summary>The pairs the block holds: all of them in a deduplication, those across the sources in a linkage.</summary>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <returns>The number of pairs.</returns>
    public long Pairs(int linkBoundary) => PairsOf(Length, Left, linkBoundary);

    /// <summary>The pairs of a run of <paramref name="length"/> records, <paramref name="left"/> of them in the first source of a linkage.</summary>
    /// <param name="length">The records.</param>
    /// <param name="left">In a linkage, those of the first source; ignored in a deduplication.</param>
    /// <param name="linkBoundary">The link boundary (0 for a deduplication).</param>
    /// <returns>The number of pairs.</returns>
    public static long PairsOf(int length, int left, int linkBoundary) =>
        linkBoundary > 0 ? (long)left * (length - left) : (long)length * (length - 1) / 2;
}
