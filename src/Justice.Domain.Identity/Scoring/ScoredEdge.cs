using System.Text.Json.Serialization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Clustering;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Lien pondéré</i>: a compared pair of records, named by their indexes, with its match weight
/// (log2 of the odds that both records describe the same person). Clustering works on these edges only,
/// so it applies to any scorer.
/// </summary>
/// <remarks>
/// In deduplication both indexes address the same list of records; in linkage <see cref="Left"/> addresses
/// the first source and <see cref="Right"/> the second.
/// </remarks>
public readonly record struct ScoredEdge
{
    /// <summary>Creates an edge; indexes must not be negative and the weight must be finite.</summary>
    /// <param name="left">Index of the first record.</param>
    /// <param name="right">Index of the second record.</param>
    /// <param name="weight">Match weight in bits (finite).</param>
    [JsonConstructor]
    public ScoredEdge(int left, int right, double weight)
    {
        Left = Guard.NotNegative(left);
        Right = Guard.NotNegative(right);
        Weight = Guard.Finite(weight);
    }

    /// <summary>Gets the index of the first record.</summary>
    public int Left { get; }

    /// <summary>Gets the index of the second record.</summary>
    public int Right { get; }

    /// <summary>Gets the match weight in bits.</summary>
    public double Weight { get; }
}
