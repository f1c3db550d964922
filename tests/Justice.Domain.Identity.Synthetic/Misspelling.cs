using System.Globalization;
using System.Text;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// The ways a name is mistyped on a French keyboard (AZERTY) or respelled by ear, and the transliteration rules of
/// names of immigrant origin. Every method returns a text different from its input, or null when it cannot change it.
/// </summary>
internal static class Misspelling
{
    private static readonly string[] AzertyRows = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBN"];

    private static readonly Dictionary<char, string> Neighbours = BuildNeighbours();

    // Respellings heard as the same French sound (EAU/O, PH/F, double consonants, silent final letters).
    private static readonly (string From, string To)[] Respellings =
    [
        ("EAU", "O"), ("AU", "O"), ("PH", "F"), ("TH", "T"), ("Y", "I"), ("CK", "K"), ("QU", "K"), ("LL", "L"), ("TT", "T"), ("SS", "S"),
        ("AI", "E"), ("EI", "E"), ("Z", "S"), ("EZ", "É"), ("IN", "AIN"), ("AN", "EN"), ("EN", "AN"), ("OT", "AUT"), ("ET", "AIS"),
        ("C", "K"), ("K", "C"), ("GU", "G"), ("L", "LL"), ("T", "TT"), ("N", "NN"), ("S", "SS"), ("ER", "É"), ("EAU", "EAUX"), ("OU", "OUX"),
    ];

    // Transliteration rules by origin: another common French transcription of the same sounds.
    private static readonly Dictionary<NameOrigin, (string From, string To)[]> Transliterations = new()
    {
        [NameOrigin.Maghrebi] = [("OU", "U"), ("DJ", "J"), ("CH", "SH"), ("KH", "K"), ("EI", "AI"), ("I", "Y"), ("AA", "A"), ("ABDEL", "ABD EL "), ("BEN", "BEN "), ("Ï", "I"), ("E", "A")],
        [NameOrigin.WestAfrican] = [("OU", "W"), ("C", "K"), ("DI", "J"), ("É", "E"), ("Y", "I"), ("N'", "N"), ("SS", "S")],
        [NameOrigin.Portuguese] = [("Ç", "C"), ("Ã", "A"), ("Õ", "O"), ("É", "E"), ("Ê", "E"), ("Á", "A"), ("Ó", "O"), ("S", "Z"), ("LH", "LL"), ("NH", "GN")],
        [NameOrigin.Turkish] = [("Ş", "S"), ("Ç", "C"), ("Ğ", "G"), ("Ö", "O"), ("Ü", "U"), ("İ", "I"), ("I", "İ"), ("Ş", "CH"), ("Ç", "TCH"), ("Ö", "OE"), ("Ü", "UE")],
        [NameOrigin.Vietnamese] = [("Ễ", "E"), ("Ê", "E"), ("Ầ", "A"), ("Ạ", "A"), ("À", "A"), ("Ỳ", "Y"), ("Ũ", "U"), ("Õ", "O"), ("Đ", "D"), ("Ặ", "A"), ("Ù", "U"), ("Ỗ", "O"), ("Ồ", "O"), ("Ô", "O"), ("Ư", "U"), ("Ơ", "O"), ("Ý", "Y"), ("NGUYEN", "NGUYÊN")],
    };

    /// <summary>Whether names of this origin have another usual spelling in French records.</summary>
    /// <param name="origin">The origin.</param>
    /// <returns>True for Maghrebi, West African, Portuguese, Turkish and Vietnamese names.</returns>
    public static bool IsTransliterated(NameOrigin origin) => Transliterations.ContainsKey(origin);

    /// <summary>A typing error: insertion, deletion, substitution by a keyboard neighbour, or transposition.</summary>
    /// <param name="value">The name.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The mistyped name, or null for a name of fewer than 3 letters.</returns>
    public static string? Typo(string value, Random random)
    {
        if (value.Length < 3)
        {
            return null;
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var chars = new StringBuilder(value);
            var i = random.Next(1, value.Length);
            var c = value[i];
            switch (random.Next(4))
            {
                case 0:
                    chars.Insert(i, random.NextDouble() < 0.5 ? c : KeepCase(c, NeighbourOf(c, random)));
                    break;
                case 1:
                    chars.Remove(i, 1);
                    break;
                case 2:
                    chars[i] = KeepCase(c, NeighbourOf(c, random));
                    break;
                default:
                    if (i + 1 < value.Length)
                    {
                        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                    }
                    else
                    {
                        (chars[i - 1], chars[i]) = (chars[i], chars[i - 1]);
                    }

                    break;
            }

            var result = chars.ToString();
            if (!string.Equals(result, value, StringComparison.Ordinal) && result.Trim().Length > 0 && !result.Contains("--", StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>A phonetic respelling (EAU→O, PH→F, a doubled or single consonant…) after the first letter.</summary>
    /// <param name="value">The name.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The respelled name, or null when no rule applies.</returns>
    public static string? Respell(string value, Random random) => Rewrite(value, Respellings, random, from: 1);

    /// <summary>A mistyping or a respelling by ear (one time in four a respelling when one applies).</summary>
    /// <param name="value">The name.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The changed name, or null when none applies.</returns>
    public static string? Misspell(string value, Random random) =>
        (random.NextDouble() < 0.25 ? Respell(value, random) : null) ?? Typo(value, random) ?? Respell(value, random);

    /// <summary>Another transcription of a name of the given origin.</summary>
    /// <param name="value">The name.</param>
    /// <param name="spellings">The name's known spellings (the first is <paramref name="value"/>'s group), or null.</param>
    /// <param name="origin">The origin.</param>
    /// <param name="random">The random source.</param>
    /// <returns>The other spelling, or null when none is known for this name.</returns>
    public static string? Transliterate(string value, string[]? spellings, NameOrigin origin, Random random)
    {
        if (spellings is { Length: > 1 })
        {
            var others = spellings.Where(s => !string.Equals(s, value, StringComparison.Ordinal)).ToArray();
            if (others.Length > 0)
            {
                return others[random.Next(others.Length)];
            }
        }

        return Transliterations.TryGetValue(origin, out var rules) ? Rewrite(value, rules, random, from: 0) : null;
    }

    /// <summary>Capitalises each word of a name (after a space, a hyphen or an apostrophe).</summary>
    /// <param name="value">The name.</param>
    /// <returns>The name in title case.</returns>
    public static string TitleCase(string value)
    {
        var chars = value.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static string? Rewrite(string value, (string From, string To)[] rules, Random random, int from)
    {
        var upper = value.ToUpperInvariant();
        var start = random.Next(rules.Length);
        for (var k = 0; k < rules.Length; k++)
        {
            var (source, target) = rules[(start + k) % rules.Length];
            if (upper.Length <= from)
            {
                return null;
            }

            var at = upper.IndexOf(source, from, StringComparison.Ordinal);
            if (at >= 0)
            {
                var rewritten = upper[..at] + target + upper[(at + source.Length)..];
                var result = IsUpper(value) ? rewritten : TitleCase(rewritten);
                if (!string.Equals(result, value, StringComparison.Ordinal))
                {
                    return result;
                }
            }
        }

        return null;
    }

    private static bool IsUpper(string value) => !value.Any(char.IsLower);

    private static char KeepCase(char model, char c) => char.IsLower(model) ? char.ToLowerInvariant(c) : c;

    private static char NeighbourOf(char c, Random random)
    {
        var key = char.ToUpperInvariant(c);
        return Neighbours.TryGetValue(key, out var near) ? near[random.Next(near.Length)] : (char)('A' + random.Next(26));
    }

    private static Dictionary<char, string> BuildNeighbours()
    {
        var map = new Dictionary<char, string>();
        for (var row = 0; row < AzertyRows.Length; row++)
        {
            for (var col = 0; col < AzertyRows[row].Length; col++)
            {
                var near = new StringBuilder();
                foreach (var (dr, dc) in new[] { (0, -1), (0, 1), (-1, 0), (-1, 1), (1, 0), (1, -1) })
                {
                    var r = row + dr;
                    var k = col + dc;
                    if (r >= 0 && r < AzertyRows.Length && k >= 0 && k < AzertyRows[r].Length)
                    {
                        near.Append(AzertyRows[r][k]);
                    }
                }

                map[AzertyRows[row][col]] = near.ToString();
            }
        }

        foreach (var (accented, plain) in new[] { ('É', 'E'), ('È', 'E'), ('Ê', 'E'), ('Ë', 'E'), ('À', 'A'), ('Ç', 'C'), ('Ï', 'I'), ('Î', 'I'), ('Ô', 'O'), ('Ü', 'U'), ('Û', 'U') })
        {
            map[accented] = plain.ToString(CultureInfo.InvariantCulture) + map[plain];
        }

        return map;
    }
}
