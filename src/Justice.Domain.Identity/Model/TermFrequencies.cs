using Justice.Domain.Identity.Matching;

namespace Justice.Domain.Identity.Model;

/// <summary>
/// <i>Fréquence des valeurs</i>: for each term-frequency field, the share of records holding each value
/// (MARTIN is common, so agreeing on it weighs less than agreeing on a rare name).
/// </summary>
internal sealed class TermFrequencies
{
    private readonly Dictionary<string, double>?[] tables;
    private readonly double minimum;

    private TermFrequencies(Dictionary<string, double>?[] tables, double minimum)
    {
        this.tables = tables;
        this.minimum = minimum;
    }

    public static TermFrequencies Count(MatchProfile profile, IReadOnlyList<PreparedRecord> records)
    {
        var tables = new Dictionary<string, double>?[profile.Comparisons.Count];
        for (var f = 0; f < tables.Length; f++)
        {
            var comparison = profile.Comparisons[f];
            if (!comparison.TermFrequency)
            {
                continue;
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = 0;
            foreach (var record in records)
            {
                var value = comparison.TermFrequencyValue(record);
                if (value is not null)
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                    total++;
                }
            }

            tables[f] = total == 0 ? null : counts.ToDictionary(kv => kv.Key, kv => (double)kv.Value / total, StringComparer.Ordinal);
        }

        return new TermFrequencies(tables, records.Count == 0 ? 1.0 : 1.0 / records.Count);
    }

    /// <summary>The frequency of a value in a field, or null when the field has no table.</summary>
    public double? Frequency(int field, string? value)
    {
        var table = tables[field];
        if (table is null || value is null)
        {
            return null;
        }

        return Math.Max(table.GetValueOrDefault(value), minimum);
    }
}
