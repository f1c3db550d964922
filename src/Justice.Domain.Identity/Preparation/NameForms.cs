using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
namespace Justice.Domain.Identity.Preparation;

/// <summary>The pre-computed forms of one name field of a prepared record.</summary>
internal sealed class NameForms
{
    public static readonly NameForms Missing = new([], [], [], []);

    /// <summary>How many tokens get a Soundex2 code for blocking (<see cref="TokenCodes"/>).</summary>
    public const int CodedTokens = 3;

    // The four lists one after another in one array: the forms of a million prepared records' names stay in memory
    // for a whole bulk run, and the collector visits one array per name field instead of four.
    private readonly string[] forms;
    private readonly int secondaryStart;
    private readonly int tokensStart;
    private readonly int phoneticStart;
    private readonly int tokenCodesStart;

    public NameForms(string[] primary, string[] secondary, string[] tokens, string[] phonetic)
    {
        secondaryStart = primary.Length;
        tokensStart = secondaryStart + secondary.Length;
        phoneticStart = tokensStart + tokens.Length;
        tokenCodesStart = phoneticStart + phonetic.Length;
        if (tokenCodesStart == 0)
        {
            forms = [];
            return;
        }

        // The Soundex2 codes of the first tokens, distinct, for blocking: they are what a name field has in common with
        // the same names written in another order, or with spaces where a comma belonged.
        var codes = new string[Math.Min(CodedTokens, tokens.Length)];
        var count = 0;
        for (var t = 0; t < codes.Length; t++)
        {
            var code = Text.Soundex2.EncodeFolded(tokens[t]);
            if (code.Length > 0 && !codes.AsSpan(0, count).Contains(code))
            {
                codes[count++] = code;
            }
        }

        forms = new string[tokenCodesStart + count];
        primary.CopyTo(forms, 0);
        secondary.CopyTo(forms, secondaryStart);
        tokens.CopyTo(forms, tokensStart);
        phonetic.CopyTo(forms, phoneticStart);
        codes.AsSpan(0, count).CopyTo(forms.AsSpan(tokenCodesStart));
    }

    private NameForms(string[] forms, int secondaryStart, int tokensStart, int phoneticStart, int tokenCodesStart)
    {
        this.forms = forms;
        this.secondaryStart = secondaryStart;
        this.tokensStart = tokensStart;
        this.phoneticStart = phoneticStart;
        this.tokenCodesStart = tokenCodesStart;
    }

    /// <summary>The main forms, alternate forms, tokens, phonetic codes and token codes, one after another (<see cref="FromParts"/> reads them back).</summary>
    public ReadOnlySpan<string> All => forms;

    /// <summary>The main forms (e.g. the birth name with and without particles).</summary>
    public ReadOnlySpan<string> Primary => forms.AsSpan(0, secondaryStart);

    /// <summary>The alternate forms (e.g. usage name, aliases), none of them a main form.</summary>
    public ReadOnlySpan<string> Secondary => forms.AsSpan(secondaryStart, tokensStart - secondaryStart);

    /// <summary>The significant tokens.</summary>
    public ReadOnlySpan<string> Tokens => forms.AsSpan(tokensStart, phoneticStart - tokensStart);

    /// <summary>The main forms, the alternate forms and the tokens, one after another (a token may repeat a form).</summary>
    public ReadOnlySpan<string> Written => forms.AsSpan(0, phoneticStart);

    /// <summary>The distinct Soundex2 codes of the main then alternate forms.</summary>
    public ReadOnlySpan<string> Phonetic => forms.AsSpan(phoneticStart, tokenCodesStart - phoneticStart);

    /// <summary>The distinct Soundex2 codes of the first <see cref="CodedTokens"/> tokens, for blocking.</summary>
    public ReadOnlySpan<string> TokenCodes => forms.AsSpan(tokenCodesStart);

    public bool IsMissing => tokensStart == 0;

    public static NameForms Create(IEnumerable<string> primary, IEnumerable<string> secondary, IEnumerable<string> tokens)
    {
        var p = Distinct(primary);
        var s = Distinct(secondary.Where(x => !p.Contains(x)));
        if (p.Length == 0 && s.Length == 0)
        {
            return Missing;
        }

        var phonetic = Distinct(p.Concat(s).Select(Text.Soundex2.Encode));
        return new NameForms(p, s, Distinct(tokens), phonetic);
    }

    /// <summary>The forms <see cref="All"/> gave, with the lengths of the first four lists (the token codes are the rest).</summary>
    public static NameForms FromParts(string[] all, int primary, int secondary, int tokens, int phonetic) =>
        new(all, primary, primary + secondary, primary + secondary + tokens, primary + secondary + tokens + phonetic);

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Where(v => !string.IsNullOrEmpty(v)).Select(string.Intern).Distinct(StringComparer.Ordinal).ToArray();
}
