using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using Justice.Samples.Cli;

namespace Justice.Samples.Deliberation;

/// <summary>Parsing of the Deliberation command-line values (votes, thresholds, articles, entropy).</summary>
internal static class CliParsing
{
    /// <summary>Parses "more-than-half", "two-thirds", "none", "3/5" (at least) or "&gt;3/5" (more than).</summary>
    public static Threshold Threshold(string text, string field)
    {
        var t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "more-than-half" or "majority" or ">1/2":
                return Domain.Deliberation.Meetings.Threshold.MoreThanHalf;
            case "two-thirds" or "2/3":
                return Domain.Deliberation.Meetings.Threshold.TwoThirds;
            case "none":
                return Domain.Deliberation.Meetings.Threshold.None;
        }

        var strict = t.StartsWith('>');
        var parts = t.TrimStart('>', '=').Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0 && n <= d)
        {
            return Domain.Deliberation.Meetings.Threshold.Fraction(n, d, strict ? Comparison.MoreThan : Comparison.AtLeast);
        }

        throw new CliUsageException(field + " '" + text + "' is not a threshold; expected more-than-half, two-thirds, none, n/d (at least) or >n/d (more than).");
    }

    /// <summary>Parses a citation "Statuts USM, art. 15, al. 2" (or "RI USM, art. 3-4"); null or blank gives null.</summary>
    public static LegalReference? Article(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var marker = text.IndexOf(", art. ", StringComparison.Ordinal);
        if (marker <= 0)
        {
            throw new CliUsageException(field + " '" + text + "' is not a citation; expected 'TEXT, art. NUMBER[, SUBDIVISION]', e.g. 'Statuts USM, art. 15, al. 2'.");
        }

        var abbreviation = text[..marker];
        var rest = text[(marker + ", art. ".Length)..];
        var comma = rest.IndexOf(", ", StringComparison.Ordinal);
        var number = comma < 0 ? rest : rest[..comma];
        var subdivision = comma < 0 ? null : rest[(comma + 2)..];
        var legalText = LegalText.WellKnown.FirstOrDefault(t => t.Abbreviation == abbreviation) ?? new LegalText(abbreviation, abbreviation);
        return LegalReference.Article(legalText, number, subdivision);
    }

    /// <summary>Parses entropy sources separated by '/': "9319/2,5,12,8,10/9,18,26,34,41,45".</summary>
    public static DrawingOfLots? Lots(string? entropy, long? seed)
    {
        if (!string.IsNullOrWhiteSpace(entropy))
        {
            var sources = entropy.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return DrawingOfLots.FromSources(sources.Select((s, i) => EntropySource.Parse("source " + (i + 1).ToString(CultureInfo.InvariantCulture), s)).ToArray());
        }

        return seed is { } s2 ? DrawingOfLots.Seeded(s2) : null;
    }
}
