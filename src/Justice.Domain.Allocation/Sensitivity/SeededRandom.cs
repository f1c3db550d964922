using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Fills <paramref name="destination"/> with the next uniform doubles in [−1, 1): the same numbers, bit for bit, as
    /// that many calls of <see cref="NextSymmetric"/>. The states of consecutive draws are a step of the golden gamma
    /// apart, so four of them are mixed at once, with the same integer and IEEE operations.
    /// </summary>
    /// <param name="destination">Receives the draws.</param>
    public void FillSymmetric(Span<double> destination)
    {
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            unchecked
            {
                ref var first = ref MemoryMarshal.GetReference(destination);
                var states = Vector256.Create(state + Golden, state + (2 * Golden), state + (3 * Golden), state + (4 * Golden));
                var step = Vector256.Create(4 * Golden);
                var unit = Vector256.Create(1.0 / (1UL << 53));
                for (; k + 4 <= destination.Length; k += 4)
                {
                    var z = states;
                    z = (z ^ Vector256.ShiftRightLogical(z, 30)) * 0xBF58476D1CE4E5B9UL;
                    z = (z ^ Vector256.ShiftRightLogical(z, 27)) * 0x94D049BB133111EBUL;
                    z ^= Vector256.ShiftRightLogical(z, 31);
                    var draw = (Vector256.Create(2.0) * (Vector256.ConvertToDouble(Vector256.ShiftRightLogical(z, 11)) * unit)) - Vector256.Create(1.0);
                    draw.StoreUnsafe(ref first, (nuint)k);
                    states += step;
                }

                state += (ulong)k * Golden;
            }
        }

        for (; k < destination.Length; k++)
        {
            destination[k] = NextSymmetric();
        }
    }

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
