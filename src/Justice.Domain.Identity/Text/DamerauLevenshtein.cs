namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Distance de Damerau–Levenshtein restreinte</i> (optimal string alignment): the least number of
/// insertions, deletions, substitutions and transpositions of two adjacent characters, no substring edited
/// twice. kitten/sitting = 3, CA/ABC = 3 (the unrestricted distance would be 2), 19850312/19850321 = 1.
/// </summary>
/// <remarks>O(|a|·|b|) time and O(|b|) memory (three rows on the stack up to 128 characters).</remarks>
public static class DamerauLevenshtein
{
    /// <summary>The optimal-string-alignment distance.</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    /// <returns>The distance, 0 for equal strings.</returns>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        Span<int> rows = width <= 128 ? stackalloc int[width * 3] : new int[width * 3];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, twoBack[j - 2] + 1);
                }

                current[j] = best;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>Whether the distance is at most <paramref name="limit"/> (same result as comparing <see cref="Distance"/>).</summary>
    /// <param name="a">First string.</param>
    /// <param name="b">Second string.</param>
    /// <param name="limit">The largest accepted distance.</param>
    /// <returns>True when <c>Distance(a, b) ≤ limit</c>.</returns>
    public static bool IsWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit) =>
        Math.Abs(a.Length - b.Length) <= limit && Distance(a, b) <= limit;
}
