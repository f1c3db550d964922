namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Formes masculine et féminine d'un prénom</i>: whether two folded first names are one name in its masculine and
/// its feminine form (MICHEL and MICHELE, DANIEL and DANIELLE, JEAN and JEANNE, PAUL and PAULINE, ANTONIO and ANTONIA,
/// GIUSEPPE and GIUSEPPINA, FREDERIC and FREDERIQUE). Once their common beginning (at least three letters) is set
/// aside, one name ends in a masculine ending (nothing, O, E or C) and the other in a feminine one (E, A, LE, NE, INE,
/// INA, IA, TE, ETTE, QUE). A sibling of the other sex often bears such a name; a typo rarely gives one.
/// </summary>
internal static class GenderedNames
{
    private const int MinimumStem = 3;
    private static readonly string[] Masculine = ["", "O", "E", "C"];
    private static readonly string[] Feminine = ["E", "A", "LE", "NE", "INE", "INA", "IA", "TE", "ETTE", "QUE"];

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the masculine and feminine forms of one name, in either order.</summary>
    /// <param name="a">A folded first name.</param>
    /// <param name="b">Another folded first name.</param>
    /// <returns>True for a masculine–feminine pair; false for equal names and for any other difference.</returns>
    public static bool AreForms(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        // Past the common beginning the two endings differ (their first letters, or one is empty), unless the names are equal.
        var stem = a.CommonPrefixLength(b);
        if (stem < MinimumStem || a.SequenceEqual(b))
        {
            return false;
        }

        var x = a[stem..];
        var y = b[stem..];
        return (IsIn(x, Masculine) && IsIn(y, Feminine)) || (IsIn(y, Masculine) && IsIn(x, Feminine));
    }

    private static bool IsIn(ReadOnlySpan<char> ending, string[] endings)
    {
        foreach (var candidate in endings)
        {
            if (ending.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
