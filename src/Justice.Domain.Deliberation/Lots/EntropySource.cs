using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Lots;

/// <summary>
/// <i>Source d'aléa publique</i>: one published source of randomness for a verifiable drawing of lots
/// (RFC 3797, § 3.1 and § 4): a set of non-negative integers (lottery balls, a stock index in hundredths) or,
/// against the RFC's advice but allowed by it, a text.
/// </summary>
/// <remarks>
/// Canonical form (RFC 3797, § 4): integers are written in decimal without leading zeros, sorted ascending, each
/// followed by "."; a text keeps only its letters and digits, without accents, upper-cased, then "."; every source
/// ends with "/". A value with a fractional part (a stock index) is given here as an integer in its smallest unit
/// (hundredths), which is exact and unambiguous.
/// </remarks>
public sealed record EntropySource
{
    /// <summary>Creates a source: either numbers (non-empty, each 0 or more) or a text with a letter or digit, not both.</summary>
    /// <param name="description">What the source is.</param>
    /// <param name="numbers">The numbers, or empty for a text source.</param>
    /// <param name="text">The text, or null for a source of numbers.</param>
    /// <exception cref="ArgumentException">Neither or both, a negative number, or a text without letter or digit.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public EntropySource(string description, ImmutableArray<long> numbers, string? text)
    {
        Description = Guard.NotBlank(description);
        numbers = numbers.IsDefault ? [] : numbers;
        if ((text is null) == numbers.IsEmpty)
        {
            throw new ArgumentException("source '" + description + "' must hold either numbers or a text, not both nor neither.", nameof(numbers));
        }

        foreach (var n in numbers)
        {
            if (n < 0)
            {
                throw Guard.OutOfRange(nameof(numbers), n, "0 or more in source '" + description + "' (RFC 3797, § 4 uses non-negative integers)");
            }
        }

        if (text is not null && CanonicalText(text).Length == 0)
        {
            throw new ArgumentException("text of source '" + description + "' holds no letter or digit.", nameof(text));
        }

        Numbers = numbers;
        Text = text;
    }

    /// <summary>What the source is ("Loto du 3 novembre 2026, 5 numéros").</summary>
    public string Description { get; }

    /// <summary>The numbers, as published (any order); empty for a text source.</summary>
    public ImmutableArray<long> Numbers { get; }

    /// <summary>The text, as published, for a text source; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The canonical form that enters the key string, for example "2.5.8.10.12./".</summary>
    public string Canonical => Text is null
        ? string.Concat(Numbers.Order().Select(n => n.ToString(CultureInfo.InvariantCulture) + ".")) + "/"
        : CanonicalText(Text) + "./";

    /// <summary>A source of one or more non-negative integers.</summary>
    /// <param name="description">What the source is.</param>
    /// <param name="numbers">The numbers, at least one, each 0 or more.</param>
    /// <returns>The source.</returns>
    public static EntropySource Integers(string description, params long[] numbers) => new(description, [.. Guard.NotNull(numbers)], null);

    /// <summary>A text source, canonicalised to its letters and digits, upper-cased (RFC 3797, § 4).</summary>
    /// <param name="description">What the source is.</param>
    /// <param name="text">The text; it must hold at least one letter or digit.</param>
    /// <returns>The source.</returns>
    public static EntropySource FromText(string description, string text) => new(description, [], Guard.NotNull(text));

    /// <summary>Parses "9,18,26" or "2 5 12" as integers; anything else is a text source.</summary>
    /// <param name="description">What the source is.</param>
    /// <param name="value">The published value.</param>
    /// <returns>The source.</returns>
    public static EntropySource Parse(string description, string value)
    {
        Guard.NotBlank(value);
        var parts = value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return FromText(description, value);
            }
        }

        return Integers(description, numbers);
    }

    /// <summary>Keeps letters and digits only, without accents, upper-cased (RFC 3797, § 4).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The canonical text.</returns>
    internal static string CanonicalText(string text)
    {
        var builder = new StringBuilder();
        foreach (var raw in text)
        {
            var folded = Fold(raw);
            foreach (var c in folded)
            {
                if (c is >= 'a' and <= 'z')
                {
                    builder.Append((char)(c - 'a' + 'A'));
                }
                else if (c is >= 'A' and <= 'Z' or >= '0' and <= '9')
                {
                    builder.Append(c);
                }
            }
        }

        return builder.ToString();
    }

    // Accented Latin letters to their base letters (Unicode normalisation is unavailable under invariant globalisation).
    private static string Fold(char c)
    {
        const string accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ";
        const string plain = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUYY";
        var index = accented.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? plain[index].ToString() : c switch
        {
            'œ' => "oe",
            'Œ' => "OE",
            'æ' => "ae",
            'Æ' => "AE",
            'ß' => "ss",
            _ => c.ToString(),
        };
    }
}
