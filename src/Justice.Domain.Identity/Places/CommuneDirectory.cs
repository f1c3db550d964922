using System.Reflection;
using System.Text.RegularExpressions;

namespace Justice.Domain.Identity.Places;

/// <summary>
/// <i>Code officiel géographique</i>: the INSEE commune codes through history, embedded in the package
/// (<c>Places/Resources/communes.txt</c>, derived from INSEE's COG through <c>@etalab/decoupage-administratif</c>
/// 6.0.0, Licence Ouverte / Etalab 2.0). Each code (current, delegated, associated, municipal arrondissement,
/// former code of a merged commune) maps to the current commune it designates and to its department.
/// </summary>
public sealed partial class CommuneDirectory
{
    private static readonly Lazy<CommuneDirectory> Embedded = new(Load);
    private readonly Dictionary<string, (string Canonical, string Department)> codes;

    private CommuneDirectory(Dictionary<string, (string Canonical, string Department)> codes) => this.codes = codes;

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
    /// Resolves a birth place. A known commune code gives its current commune and department; an unknown but
    /// well-formed code is kept as an opaque key (its department read from the code); a 99xxx country code
    /// gives a foreign place; a name alone gives the folded name as the commune key.
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

        if (code is not null)
        {
            if (codes.TryGetValue(code, out var known))
            {
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

            var department = code.StartsWith("97", StringComparison.Ordinal) ? code[..3] : code[..Math.Min(2, code.Length)];
            return new BirthPlace(code, department, "FR");
        }

        var name = Text.TextFolding.Join(Text.TextFolding.Fold(communeName));
        return name.Length == 0 ? default : new BirthPlace("NAME:" + name, null, "FR");
    }

    private static CommuneDirectory Load()
    {
        using var stream = typeof(CommuneDirectory).Assembly.GetManifestResourceStream("Justice.Domain.Identity.Places.communes.txt")
            ?? throw new InvalidOperationException("The embedded resource Justice.Domain.Identity.Places.communes.txt is missing.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, (string, string)>(40_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(';');
            if (parts.Length == 3)
            {
                map[parts[0]] = (parts[1].Length == 0 ? parts[0] : parts[1], parts[2]);
            }
        }

        return new CommuneDirectory(map);
    }

    [GeneratedRegex("^(?:[0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex CommuneCodePattern();

    [GeneratedRegex("^99[0-9]{3}$")]
    private static partial Regex CountryCodePattern();
}
