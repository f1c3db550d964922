namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Distance de Jaro–Winkler</i>: the string similarity of Jaro (1989) with Winkler's prefix bonus (1990),
/// in [0, 1]. Matching characters must lie within ⌊max(|a|, |b|) / 2⌋ − 1 positions; the prefix bonus is
/// 0.1 per common leading character, up to 4, applied whatever the Jaro score (Winkler's published table:
/// MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813).
/// </summary>
/// <remarks>O(|a|·|b|) time in the worst case; no allocation for strings up to 64 characters (bit masks).</remarks>
public static class JaroWinkler
{
    /// <summary>Winkler's prefix scale (0.1).</summary>
    public const double PrefixScale = 0.1;

    /// <summary>The Jaro similarity of two strings (1 for two empty strings, 0 when one is empty).</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1.0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return 0.0;
        }

        if (a.SequenceEqual(b))
        {
            return 1.0;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        if (a.Length <= 64 && b.Length <= 64)
        {
            return Bitmask(a, b, window);
        }

        Span<bool> aFlags = new bool[a.Length];
        Span<bool> bFlags = new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            for (var j = start; j <= end; j++)
            {
                if (!bFlags[j] && a[i] == b[j])
                {
                    aFlags[i] = true;
                    bFlags[j] = true;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aFlags[i])
            {
                continue;
            }

            while (!bFlags[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                halfTranspositions++;
            }

            k++;
        }

        return Score(matches, halfTranspositions, a.Length, b.Length);
    }

    // Same algorithm with the matched positions held in two 64-bit masks (strings up to 64 characters).
    private static double Bitmask(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int window)
    {
        ulong aFlags = 0, bFlags = 0;
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var start = Math.Max(0, i - window);
            var end = Math.Min(b.Length - 1, i + window);
            var c = a[i];
            for (var j = start; j <= end; j++)
            {
                if ((bFlags & (1UL << j)) == 0 && c == b[j])
                {
                    aFlags |= 1UL << i;
                    bFlags |= 1UL << j;
                    matches++;
                    break;
                }
            }
        }

        if (matches == 0)
        {
            return 0.0;
        }

        var halfTranspositions = 0;
        while (aFlags != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(aFlags);
            var k = System.Numerics.BitOperations.TrailingZeroCount(bFlags);
            if (a[i] != b[k])
            {
                halfTranspositions++;
            }

            aFlags &= aFlags - 1;
            bFlags &= bFlags - 1;
        }

        return Score(matches, halfTranspositions, a.Length, b.Length);
    }

    private static double Score(int matches, int halfTranspositions, int aLength, int bLength)
    {
        double m = matches;
        return ((m / aLength) + (m / bLength) + ((m - (halfTranspositions / 2)) / m)) / 3.0;
    }

    /// <summary>
    /// An upper bound of <see cref="Similarity"/> in O(|a| + |b|), with no allocation: the Jaro matches m are at most
    /// the characters the two strings have in common (counted as multisets, in 64 buckets of the code), so Jaro is at
    /// most (m/|a| + m/|b| + 1) / 3, and the prefix bonus ℓ is the exact one. A margin of 1e-9 covers rounding, so a
    /// similarity reaching a threshold always has its bound reach it too.
    /// </summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    /// <returns>A value at least <see cref="Similarity"/>(a, b).</returns>
    internal static double UpperBound(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0 || a.Length > byte.MaxValue || b.Length > byte.MaxValue)
        {
            return 1.0;
        }

        Span<byte> counts = stackalloc byte[64];
        counts.Clear();
        foreach (var c in a)
        {
            counts[c & 63]++;
        }

        var common = 0;
        foreach (var c in b)
        {
            ref var count = ref counts[c & 63];
            if (count > 0)
            {
                count--;
                common++;
            }
        }

        if (common == 0)
        {
            return 0.0;
        }

        double m = common;
        var jaro = ((m / a.Length) + (m / b.Length) + 1.0) / 3.0;
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1.0 - jaro)) + 1e-9;
    }

    /// <summary>The Jaro–Winkler similarity: Jaro + ℓ · 0.1 · (1 − Jaro), ℓ the common prefix length up to 4.</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + (prefix * PrefixScale * (1.0 - jaro));
    }
}
