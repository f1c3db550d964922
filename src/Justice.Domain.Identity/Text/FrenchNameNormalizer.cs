using Justice.Domain.Core;

namespace Justice.Domain.Identity.Text;

/// <summary>
/// <i>Normalisation des noms et prénoms</i>: folds French names for comparison. Accents, case, ligatures
/// (œ, æ), apostrophes, hyphens and spaces are folded; <c>ST</c>/<c>STE</c> read as SAINT/SAINTE; values
/// meaning « unknown » (INCONNU, SNP « sans nom patronymique », SNC, X, XXX, SANS NOM, SANS PRENOM, …) become
/// missing; leading particles (de, du, des, d', le, la, l', del, da, dos, ben, aït, el, van, den, …, a list
/// the caller may replace) give the particle-stripped alternative.
/// </summary>
public sealed class FrenchNameNormalizer
{
    /// <summary>The default particles (folded).</summary>
    public static IReadOnlyList<string> DefaultParticles { get; } =
    [
        "DE", "DU", "DES", "D", "LE", "LA", "LES", "L", "DEL", "DELLA", "DELLE", "DELA", "DA", "DAS", "DO", "DOS", "DI",
        "BEN", "BENT", "BIN", "BOU", "AIT", "AT", "EL", "AL", "VAN", "VON", "DEN", "DER", "TER", "TEN", "Y", "MAC", "MC", "O",
    ];

    /// <summary>The default placeholders that mean an unknown name (folded).</summary>
    public static IReadOnlyList<string> DefaultPlaceholders { get; } =
    [
        "INCONNU", "INCONNUE", "SNP", "SNC", "SP", "X", "XX", "XXX", "XXXX", "XXXXX", "SANS NOM", "SANS PRENOM",
        "SANS NOM PATRONYMIQUE", "NEANT", "NC", "NR", "NON RENSEIGNE", "NON RENSEIGNEE", "ND", "NON DENOMME", "INC",
    ];

    private readonly HashSet<string> particles;
    private readonly HashSet<string> placeholders;

    /// <summary>Creates a normalizer with the given particle and placeholder lists (any case, accents allowed).</summary>
    /// <param name="particles">The particles stripped from the front of a surname.</param>
    /// <param name="placeholders">The values meaning an unknown name.</param>
    public FrenchNameNormalizer(IEnumerable<string> particles, IEnumerable<string> placeholders)
    {
        Guard.NotNull(particles);
        Guard.NotNull(placeholders);
        this.particles = new HashSet<string>(particles.Select(TextFolding.Fold).Where(p => p.Length > 0), StringComparer.Ordinal);
        this.placeholders = new HashSet<string>(placeholders.Select(TextFolding.Fold).Where(p => p.Length > 0), StringComparer.Ordinal);
    }

    /// <summary>The normalizer with <see cref="DefaultParticles"/> and <see cref="DefaultPlaceholders"/>.</summary>
    public static FrenchNameNormalizer Default { get; } = new(DefaultParticles, DefaultPlaceholders);

    /// <summary>Normalizes a surname or a first name.</summary>
    /// <param name="value">The name as entered.</param>
    /// <returns>The normalized name, <see cref="NormalizedName.Missing"/> for empty or placeholder values.</returns>
    public NormalizedName Normalize(string? value)
    {
        var folded = TextFolding.Fold(value);
        if (folded.Length == 0 || placeholders.Contains(folded))
        {
            return NormalizedName.Missing;
        }

        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "ST" => "SAINT",
                "STE" => "SAINTE",
                _ => words[i],
            };
        }

        if (words.All(w => placeholders.Contains(w)))
        {
            return NormalizedName.Missing;
        }

        var start = 0;
        while (start < words.Length - 1 && particles.Contains(words[start]))
        {
            start++;
        }

        var full = string.Concat(words);
        var stripped = start == 0 ? full : string.Concat(words.Skip(start));
        var tokens = words.Where(w => w.Length > 1 && !particles.Contains(w)).Distinct(StringComparer.Ordinal).ToArray();
        return new NormalizedName(full, stripped, tokens.Length == 0 ? [full] : tokens);
    }

    /// <summary>Whether <paramref name="value"/> means an unknown name (empty or a placeholder).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True for a missing name.</returns>
    public bool IsPlaceholder(string? value) => Normalize(value).IsMissing;
}
