namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// The distinct comparison vectors of a list of pairs, in order of first appearance, each with the number of pairs
/// that have it. Expectation–maximisation weighs each pattern once instead of each pair: a few thousand patterns
/// stand for hundreds of thousands of blocked pairs.
/// </summary>
internal sealed class VectorPatterns
{
    private readonly List<sbyte[]> patterns;
    private readonly List<double> multiplicities;

    private VectorPatterns(List<sbyte[]> patterns, List<double> multiplicities)
    {
        this.patterns = patterns;
        this.multiplicities = multiplicities;
    }

    /// <summary>The number of distinct vectors.</summary>
    public int Count => patterns.Count;

    /// <summary>The <paramref name="index"/>-th distinct vector.</summary>
    public sbyte[] this[int index] => patterns[index];

    /// <summary>How many of the vectors given were equal to the <paramref name="index"/>-th distinct one.</summary>
    public double Multiplicity(int index) => multiplicities[index];

    /// <summary>Groups <paramref name="vectors"/> (all of one length).</summary>
    public static VectorPatterns Of(IReadOnlyList<sbyte[]> vectors)
    {
        var index = new Dictionary<sbyte[], int>(SequenceComparer.Instance);
        var patterns = new List<sbyte[]>();
        var multiplicities = new List<double>();
        foreach (var vector in vectors)
        {
            ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, vector, out var seen);
            if (!seen)
            {
                slot = patterns.Count;
                patterns.Add(vector);
                multiplicities.Add(0);
            }

            multiplicities[slot]++;
        }

        return new VectorPatterns(patterns, multiplicities);
    }

    private sealed class SequenceComparer : IEqualityComparer<sbyte[]>
    {
        public static readonly SequenceComparer Instance = new();

        public bool Equals(sbyte[]? x, sbyte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(sbyte[] vector)
        {
            var hash = default(HashCode);
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
