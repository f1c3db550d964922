namespace Justice.Domain.Identity.Matching;

/// <summary>The pre-computed forms of one name field of a prepared record.</summary>
internal sealed class NameForms
{
    public static readonly NameForms Missing = new([], [], [], []);

    public NameForms(string[] primary, string[] secondary, string[] tokens, string[] phonetic)
    {
        Primary = primary;
        Secondary = secondary;
        Tokens = tokens;
        Phonetic = phonetic;
    }

    /// <summary>The forms that identify the name (full, particle-stripped, compound joined).</summary>
    public string[] Primary { get; }

    /// <summary>Alternative names (usage name, aliases).</summary>
    public string[] Secondary { get; }

    /// <summary>Significant words.</summary>
    public string[] Tokens { get; }

    /// <summary>Soundex2 codes of the primary and secondary forms.</summary>
    public string[] Phonetic { get; }

    public bool IsMissing => Primary.Length == 0 && Secondary.Length == 0;

    public static NameForms Create(IEnumerable<string> primary, IEnumerable<string> secondary, IEnumerable<string> tokens)
    {
        var p = Distinct(primary);
        var s = Distinct(secondary.Where(x => !p.Contains(x)));
        if (p.Length == 0 && s.Length == 0)
        {
            return Missing;
        }

        var phonetic = Distinct(p.Concat(s).Select(Comparators.Soundex2.Encode));
        return new NameForms(p, s, Distinct(tokens), phonetic);
    }

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Select(string.Intern).Distinct(StringComparer.Ordinal).ToArray();
}
