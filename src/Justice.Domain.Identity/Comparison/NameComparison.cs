using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// Name comparison: exact (a primary form in common, term-frequency adjusted), alternate (through a usage
/// name or alias), close (Jaro–Winkler ≥ 0.92), phonetic (same Soundex2 code), tokens (a word in common:
/// double names, compound first names, first-name order), swapped (first name and surname exchanged at entry),
/// fuzzy (Jaro–Winkler ≥ 0.80), different.
/// </summary>
internal sealed class NameComparison : FieldComparison
{
    public static readonly string[] LevelNames = ["exact", "alternate", "close", "phonetic", "tokens", "swapped", "fuzzy", "different"];
    private const int Undecided = -2;
    private readonly int slot;
    private readonly int swapSlot;

    public NameComparison(string name, int slot, int swapSlot)
        : base(name, LevelNames, [0.80, 0.04, 0.06, 0.03, 0.03, 0.01, 0.02, 0.01], [0.002, 0.0005, 0.003, 0.004, 0.002, 0.0002, 0.03, 0.9583], termFrequency: true)
    {
        this.slot = slot;
        this.swapSlot = swapSlot;
    }

    internal override bool Costly => true;

    /// <summary>
    /// The text slot of the sex, or −1 (the default) when the comparison does not read it. When both records give their
    /// sex and the sexes differ, the first names agree only as the same names (exact, alternate, swapped) or as names
    /// one typo apart (a token of each within one edit) that are not one name's masculine and feminine forms (MICHEL and
    /// MICHELE, GIUSEPPE and GIUSEPPINA: <see cref="GenderedNames"/>); any other likeness (CHRISTOPHE and CHRISTINE,
    /// MARIE and MAXIME) is read as different: these are a brother and a sister, most often twins. A sex given wrongly in
    /// one source is common enough (about one true pair in a hundred in the held-out evaluation sets) not to part a
    /// person from their records, but a wrong sex and a first name more than one typo away at once are rare.
    /// </summary>
    public int SexSlot { get; init; } = -1;

    public override int Level(PreparedRecord a, PreparedRecord b) => ForSexes(LevelOfNames(a, b), a, b);

    /// <summary>The straightforward definition of <see cref="Level"/>, its oracle and benchmark baseline.</summary>
    internal int LevelReference(PreparedRecord a, PreparedRecord b) => ForSexes(LevelOfNamesReference(a, b), a, b);

    private int ForSexes(int level, PreparedRecord a, PreparedRecord b)
    {
        // Exact, alternate, swapped and different stand whatever the sexes; close, phonetic, tokens and fuzzy are read again.
        if (level is 0 or 1 or 5 or 7 || SexSlot < 0 || a.Texts[SexSlot] is not { } x || b.Texts[SexSlot] is not { } y || string.Equals(x, y))
        {
            return level;
        }

        var left = a.Name(slot).Tokens;
        var right = b.Name(slot).Tokens;
        return level != 6 && !AnyPair(left, right, GenderedNames.AreForms) && AnyPair(left, right, OneTypoApart) ? level : 7;
    }

    private delegate bool TokenTest(ReadOnlySpan<char> x, ReadOnlySpan<char> y);

    private static bool OneTypoApart(ReadOnlySpan<char> x, ReadOnlySpan<char> y) => DamerauLevenshtein.IsWithin(x, y, 1);

    /// <summary>Whether a first-name token of one side and a token of the other satisfy <paramref name="test"/>.</summary>
    private static bool AnyPair(ReadOnlySpan<string> left, ReadOnlySpan<string> right, TokenTest test)
    {
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (test(l, r))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private int LevelOfNames(PreparedRecord a, PreparedRecord b)
    {
        var x = a.Name(slot);
        var y = b.Name(slot);
        var agreement = Agreement(x, y);
        if (agreement != Undecided)
        {
            return agreement;
        }

        // The levels of the reference (LevelReference), with Jaro–Winkler computed only when its cheap upper bound
        // leaves the answer open: most blocked pairs have plainly different first names.
        var upper = Math.Max(UpperBound(x.Primary, y.Primary), Math.Max(UpperBound(x.Secondary, y.Primary), UpperBound(x.Primary, y.Secondary)));
        var best = -1.0;
        if (upper >= 0.92)
        {
            best = Best(x, y);
            if (best >= 0.92)
            {
                return 2;
            }
        }

        var other = Others(a, b, x, y);
        if (other >= 0)
        {
            return other;
        }

        if (upper < 0.80)
        {
            return 7;
        }

        return (best < 0 ? Best(x, y) : best) >= 0.80 ? 6 : 7;
    }

    private int LevelOfNamesReference(PreparedRecord a, PreparedRecord b)
    {
        var x = a.Name(slot);
        var y = b.Name(slot);
        var agreement = Agreement(x, y);
        if (agreement != Undecided)
        {
            return agreement;
        }

        var best = Math.Max(BestSimilarity(x.Primary, y.Primary), Math.Max(BestSimilarity(x.Secondary, y.Primary), BestSimilarity(x.Primary, y.Secondary)));
        if (best >= 0.92)
        {
            return 2;
        }

        var other = Others(a, b, x, y);
        if (other >= 0)
        {
            return other;
        }

        return best >= 0.80 ? 6 : 7;
    }

    /// <summary>The phonetic, tokens and swapped levels, in that order, or −1 when none holds.</summary>
    private int Others(PreparedRecord a, PreparedRecord b, NameForms x, NameForms y)
    {
        if (Intersects(x.Phonetic, y.Phonetic))
        {
            return 3;
        }

        if (Intersects(x.Tokens, y.Tokens))
        {
            return 4;
        }

        if (swapSlot >= 0)
        {
            var xs = a.Name(swapSlot);
            var ys = b.Name(swapSlot);
            if (Intersects(x.Primary, ys.Primary) && Intersects(xs.Primary, y.Primary))
            {
                return 5;
            }
        }

        return -1;
    }

    public override string? TermFrequencyValue(PreparedRecord record)
    {
        var forms = record.Name(slot).Primary;
        return forms.Length == 0 ? null : forms[0];
    }

    private static bool Intersects(ReadOnlySpan<string> left, ReadOnlySpan<string> right)
    {
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (string.Equals(l, r))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Missing (−1), exact (0), alternate (1), or <see cref="Undecided"/>.</summary>
    private static int Agreement(NameForms x, NameForms y)
    {
        if (x.IsMissing || y.IsMissing)
        {
            return -1;
        }

        if (Intersects(x.Primary, y.Primary))
        {
            return 0;
        }

        if (Intersects(x.Secondary, y.Primary) || Intersects(x.Primary, y.Secondary) || Intersects(x.Secondary, y.Secondary))
        {
            return 1;
        }

        return Undecided;
    }

    private static double Best(NameForms x, NameForms y) =>
        Math.Max(BestSimilarity(x.Primary, y.Primary), Math.Max(BestSimilarity(x.Secondary, y.Primary), BestSimilarity(x.Primary, y.Secondary)));

    private static double UpperBound(ReadOnlySpan<string> left, ReadOnlySpan<string> right)
    {
        var upper = 0.0;
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                upper = Math.Max(upper, JaroWinkler.UpperBound(l, r));
            }
        }

        return upper;
    }

    private static double BestSimilarity(ReadOnlySpan<string> left, ReadOnlySpan<string> right)
    {
        var best = 0.0;
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                // Jaro ≤ (2 + short/long) / 3 and the prefix bonus adds at most 0.4 of the rest: skip hopeless pairs.
                var ceiling = (2.0 + ((double)Math.Min(l.Length, r.Length) / Math.Max(l.Length, r.Length))) / 3.0;
                if (ceiling + (0.4 * (1 - ceiling)) > best)
                {
                    best = Math.Max(best, JaroWinkler.Similarity(l, r));
                }
            }
        }

        return best;
    }
}
