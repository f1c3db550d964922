namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose whole state is one 64-bit word, so that the
/// stream of run r is a pure function of (seed, r) and any run can be replayed alone. Only exact IEEE operations and
/// <see cref="Math.Log(double)"/>, <see cref="Math.Cos"/>, <see cref="Math.Sqrt"/> turn its output into numbers.
/// </summary>
internal struct SeededRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong state;

    /// <summary>The stream of run <paramref name="run"/> of a study seeded with <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed, long run)
    {
        state = unchecked(seed + ((ulong)(run + 1) * Golden * 2UL) + 1UL);
        state = Mix(state);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        state = unchecked(state + Golden);
        return Mix(state);
    }

    /// <summary>A uniform double in [0, 1), on 53 bits.</summary>
    public double NextUnit() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [−1, 1).</summary>
    public double NextSymmetric() => (2.0 * NextUnit()) - 1.0;

    /// <summary>A standard normal draw (Box–Muller, the cosine branch: two uniforms per draw).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextUnit();
        var u2 = NextUnit();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
