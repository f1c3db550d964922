using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Justice.Domain.Identity.Places;

/// <summary>
/// <i>Code officiel géographique</i>: the INSEE commune codes through history, embedded in the package
/// (<c>Places/Resources/communes.txt</c>, derived from INSEE's COG through <c>@etalab/decoupage-administratif</c>
/// 6.0.0, Licence Ouverte / Etalab 2.0). Each code (current, delegated, associated, municipal arrondissement,
/// former code of a merged commune) maps to the current commune it designates and to its department; each commune
/// name and postal code (<c>Places/Resources/commune-names.txt.gz</c>, same source) maps to the current communes that
/// bear it, so that a birth place given by its name only, or by a postal code typed where the INSEE code belongs,
/// resolves to the same commune as its INSEE code.
/// </summary>
public sealed partial class CommuneDirectory
{
    private static readonly Lazy<CommuneDirectory> Embedded = new(Load);
    private readonly Dictionary<string, (string Canonical, string Department)> codes;
    private readonly Dictionary<string, string[]> names;
    private readonly Dictionary<string, string[]> postalCodes;

    private CommuneDirectory(Dictionary<string, (string Canonical, string Department)> codes, Dictionary<string, string[]> names, Dictionary<string, string[]> postalCodes)
    {
        this.codes = codes;
        this.names = names;
        this.postalCodes = postalCodes;
    }

    /// <summary>The directory embedded in the package.</summary>
    public static CommuneDirectory Default => Embedded.Value;

    /// <summary>The number of codes known.</summary>
    public int Count => codes.Count;

    /// <summary>Whether <paramref name="code"/> has the shape of a commune code (5 digits, or 2A/2B and 3 digits).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when well-formed.</returns>
    public static bool IsWellFormedCommuneCode(string code) => CommuneCodePattern().IsMatch(code);

    /// <summary>Whether <paramref name="code"/> has the shape of an INSEE country code (99 and 3 digits).</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when well-formed.</returns>
    public static bool IsWellFormedCountryCode(string code) => CountryCodePattern().IsMatch(code);

    /// <summary>Whether <paramref name="code"/> has the shape of a commune code (the span form of <see cref="IsWellFormedCommuneCode(string)"/>).</summary>
    internal static bool IsWellFormedCommuneCode(ReadOnlySpan<char> code) => CommuneCodePattern().IsMatch(code);

    /// <summary>Whether <paramref name="code"/> has the shape of an INSEE country code (the span form of <see cref="IsWellFormedCountryCode(string)"/>).</summary>
    internal static bool IsWellFormedCountryCode(ReadOnlySpan<char> code) => CountryCodePattern().IsMatch(code);

    /// <summary>Whether the directory knows the code (current or historical).</summary>
    /// <param name="code">A commune code.</param>
    /// <returns>True when known.</returns>
    public bool Contains(string code) => codes.ContainsKey(code);

    /// <summary>
    /// Resolves a birth place. A known commune code gives its current commune and department, unless the name given
    /// with it is not that commune's: then the code read as a postal code and the name give the commune (a postal code
    /// typed where the INSEE code belongs: 69001 is the INSEE code of Affoux and the postal code of Lyon 1er), or else
    /// the one commune of that name (a mistyped code); an unknown
    /// well-formed code is read as a postal code (the commune of that name among the communes it serves, or the only
    /// one), else kept as an opaque key; a name alone gives the one current commune of that name (names compared
    /// folded, <c>PORT (LE)</c> as <c>LE PORT</c>, <c>ST</c> as <c>SAINT</c>), else the folded name as an opaque key;
    /// a 99xxx country code gives a foreign place.
    /// </summary>
    /// <param name="communeCode">The INSEE commune code, or null.</param>
    /// <param name="communeName">The commune name, or null.</param>
    /// <param name="countryCode">The INSEE 99xxx country code, or null when born in France.</param>
    /// <returns>The resolved place.</returns>
    public BirthPlace Resolve(string? communeCode, string? communeName, string? countryCode)
    {
        var country = string.IsNullOrWhiteSpace(countryCode) ? null : countryCode.Trim().ToUpperInvariant();
        if (country is "99100" or "FR")
        {
            country = null;
        }

        var code = string.IsNullOrWhiteSpace(communeCode) ? null : communeCode.Trim().ToUpperInvariant();
        if (code is not null && code.StartsWith("99", StringComparison.Ordinal))
        {
            country ??= code;
            code = null;
        }

        if (country is not null)
        {
            var foreignName = Text.TextFolding.Join(Text.TextFolding.Fold(communeName));
            return new BirthPlace(foreignName.Length == 0 ? null : country + ":" + foreignName, null, country);
        }

        var name = FoldName(communeName);
        var named = name.Length == 0 ? null : names.GetValueOrDefault(name);
        if (code is not null)
        {
            if (codes.TryGetValue(code, out var known))
            {
                if (named is not null && !named.Contains(known.Canonical))
                {
                    // The name is not the code's commune: a postal code typed for the INSEE code, or a mistyped code
                    // (a wrong digit still makes a valid code, a wrong letter seldom makes another commune's name).
                    if (Postal(code, named) is { } typed)
                    {
                        return Place(typed);
                    }

                    if (named.Length == 1)
                    {
                        return Place(named[0]);
                    }
                }

                return new BirthPlace(known.Canonical, known.Department, "FR");
            }

            if (code.StartsWith("20", StringComparison.Ordinal))
            {
                foreach (var corsica in (ReadOnlySpan<string>)["2A", "2B"])
                {
                    if (codes.TryGetValue(corsica + code[2..], out var c))
                    {
                        return new BirthPlace(c.Canonical, c.Department, "FR");
                    }
                }
            }

            if (Postal(code, named) is { } served)
            {
                return Place(served);
            }

            var department = code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..Math.Min(2, code.Length)];
            return new BirthPlace(code, department, "FR");
        }

        if (named is { Length: 1 })
        {
            return Place(named[0]);
        }

        return name.Length == 0 ? default : new BirthPlace("NAME:" + name, null, "FR");
    }

    /// <summary>The folded form of a commune name: letters and digits only, a trailing article in brackets put first, ST and STE read as SAINT and SAINTE.</summary>
    internal static string FoldName(string? name)
    {
        var folded = Text.TextFolding.Fold(name);
        if (folded.Length == 0)
        {
            return folded;
        }

        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        // "PORT (LE)" folds to "PORT LE": the article the INSEE writes first.
        if (tokens.Count >= 2 && tokens[^1] is "LE" or "LA" or "LES" or "L")
        {
            tokens.Insert(0, tokens[^1]);
            tokens.RemoveAt(tokens.Count - 1);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            tokens[i] = tokens[i] switch
            {
                "ST" => "SAINT",
                "STE" => "SAINTE",
                _ => tokens[i],
            };
        }

        return string.Concat(tokens);
    }

    /// <summary>The commune a postal code designates: the only one it serves, or the only one of those named <paramref name="named"/>.</summary>
    private string? Postal(string code, string[]? named)
    {
        if (!postalCodes.TryGetValue(code, out var served))
        {
            return null;
        }

        if (served.Length == 1)
        {
            return named is null || named.Contains(served[0]) ? served[0] : null;
        }

        if (named is null)
        {
            return null;
        }

        string? found = null;
        foreach (var commune in served)
        {
            if (named.Contains(commune))
            {
                if (found is not null && found != commune)
                {
                    return null;
                }

                found = commune;
            }
        }

        return found;
    }

    private BirthPlace Place(string canonical) => new(canonical, codes.TryGetValue(canonical, out var c) ? c.Department : null, "FR");

    private static CommuneDirectory Load()
    {
        var map = new Dictionary<string, (string, string)>(40_000, StringComparer.Ordinal);
        using (var reader = Resource("communes.txt", compressed: false))
        {
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(';');
                if (parts.Length == 3)
                {
                    map[parts[0]] = (parts[1].Length == 0 ? parts[0] : parts[1], parts[2]);
                }
            }
        }

        // Names and postal codes lead to the current commune of each code that bears them.
        var names = new Dictionary<string, HashSet<string>>(40_000, StringComparer.Ordinal);
        var postal = new Dictionary<string, HashSet<string>>(10_000, StringComparer.Ordinal);
        using (var reader = Resource("commune-names.txt.gz", compressed: true))
        {
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split(';');
                if (parts.Length != 3 || !map.TryGetValue(parts[0], out var known))
                {
                    continue;
                }

                Add(names, FoldName(parts[1]), known.Item1);
                foreach (var code in parts[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(postal, code, known.Item1);
                }
            }
        }

        return new CommuneDirectory(map, Freeze(names), Freeze(postal));

        static void Add(Dictionary<string, HashSet<string>> index, string key, string canonical)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(canonical);
        }

        static Dictionary<string, string[]> Freeze(Dictionary<string, HashSet<string>> index) =>
            index.ToDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static StreamReader Resource(string file, bool compressed)
    {
        var name = "Justice.Domain.Identity.Places." + file;
        var stream = typeof(CommuneDirectory).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The embedded resource " + name + " is missing.");
        return new StreamReader(compressed ? new GZipStream(stream, CompressionMode.Decompress) : stream);
    }

    [GeneratedRegex("^(?:[0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex CommuneCodePattern();

    [GeneratedRegex("^99[0-9]{3}$")]
    private static partial Regex CountryCodePattern();
}
