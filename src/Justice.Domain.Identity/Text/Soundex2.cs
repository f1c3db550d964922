namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Soundex2</i>: the French adaptation of Soundex published by Frédéric Brouard (SQLPro, 1999) and
/// Florent Carlier (Université du Maine). On the folded name (A–Z, spaces removed):
/// (1) GUI→KI, GUE→KE, GA→KA, GO→KO, GU→K, CA→KA, CO→KO, CU→KU, Q→K, CC→K, CK→K;
/// (2) every vowel E, I, O, U after the first letter → A;
/// (3) leading MAC→MCC, SCH→SSS, ASA→AZA, KN→NN, PH→FF, PF→FF;
/// (4) H removed unless after C or S; (5) Y removed unless after A; (6) one final A, D, T or S removed;
/// (7) every A after the first letter removed; (8) repeated letters collapsed; (9) the first four letters kept.
/// The code is returned without padding (MARTIN → MRTN, GAUTHIER → KTR, ROUSSEAU → RS).
/// </summary>
public static class Soundex2
{
    /// <summary>The Soundex2 code of a name (any case, accents allowed); empty when the name has no letter.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Up to four upper-case letters.</returns>
    public static string Encode(string? name) => EncodeFolded(Text.TextFolding.Fold(name));

    /// <summary>The code of a name already folded (<see cref="Text.TextFolding.Fold"/>): the same as <see cref="Encode"/>, without folding again.</summary>
    /// <param name="folded">The folded name.</param>
    /// <returns>Up to four upper-case letters.</returns>
    internal static string EncodeFolded(string folded)
    {
        Span<char> s = stackalloc char[Math.Min(folded.Length, 128) + 4];
        var n = 0;
        foreach (var c in folded)
        {
            if (c >= 'A' && c <= 'Z' && n < s.Length - 4)
            {
                s[n++] = c;
            }
        }

        if (n == 0)
        {
            return string.Empty;
        }

        // (1) letter groups, left to right.
        Span<char> t = stackalloc char[n + 4];
        var m = 0;
        for (var i = 0; i < n;)
        {
            var c = s[i];
            var next = i + 1 < n ? s[i + 1] : '\0';
            var third = i + 2 < n ? s[i + 2] : '\0';
            if (c == 'G' && next == 'U' && (third == 'I' || third == 'E'))
            {
                t[m++] = 'K';
                t[m++] = third;
                i += 3;
            }
            else if ((c == 'G' || c == 'C') && (next == 'A' || next == 'O'))
            {
                t[m++] = 'K';
                t[m++] = next;
                i += 2;
            }
            else if (c == 'G' && next == 'U')
            {
                t[m++] = 'K';
                i += 2;
            }
            else if (c == 'C' && next == 'U')
            {
                t[m++] = 'K';
                t[m++] = 'U';
                i += 2;
            }
            else if (c == 'Q')
            {
                t[m++] = 'K';
                i++;
            }
            else if (c == 'C' && (next == 'C' || next == 'K'))
            {
                t[m++] = 'K';
                i += 2;
            }
            else
            {
                t[m++] = c;
                i++;
            }
        }

        // (2) vowels after the first letter.
        for (var i = 1; i < m; i++)
        {
            if (t[i] is 'E' or 'I' or 'O' or 'U')
            {
                t[i] = 'A';
            }
        }

        // (3) prefixes.
        var word = t[..m];
        if (StartsWith(word, "MAC"))
        {
            word[1] = 'C';
        }
        else if (StartsWith(word, "SCH"))
        {
            word[1] = 'S';
            word[2] = 'S';
        }
        else if (StartsWith(word, "ASA"))
        {
            word[1] = 'Z';
        }
        else if (StartsWith(word, "KN"))
        {
            word[0] = 'N';
        }
        else if (StartsWith(word, "PH") || StartsWith(word, "PF"))
        {
            word[0] = 'F';
            word[1] = 'F';
        }

        // (4) H unless after C or S, then (5) Y unless after A (each on the previous step's result).
        var w = Drop(word[..m], 'H', static before => before != 'C' && before != 'S');
        w = Drop(word[..w], 'Y', static before => before != 'A');

        // (6) one final A, D, T or S (never the only letter).
        if (w > 1 && word[w - 1] is 'A' or 'D' or 'T' or 'S')
        {
            w--;
        }

        // (7) A after the first letter, (8) repeated letters, (9) four letters.
        Span<char> code = stackalloc char[4];
        var length = 0;
        for (var i = 0; i < w && length < 4; i++)
        {
            var c = word[i];
            if (i > 0 && c == 'A')
            {
                continue;
            }

            if (length > 0 && code[length - 1] == c)
            {
                continue;
            }

            code[length++] = c;
        }

        return new string(code[..length]);
    }

    private static int Drop(Span<char> word, char letter, Func<char, bool> dropAfter)
    {
        var w = 0;
        var before = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var drop = c == letter && i > 0 && dropAfter(before);
            before = c;
            if (!drop)
            {
                word[w++] = c;
            }
        }

        return w;
    }

    private static bool StartsWith(ReadOnlySpan<char> word, string prefix) => word.StartsWith(prefix.AsSpan());
}
