using Justice.Domain.Identity.Matching;

namespace Justice.Domain.Identity.Model;

/// <summary>
/// <i>Fréquence des valeurs</i>: for each term-frequency field, the share of records holding each value
/// (MARTIN is common, so agreeing on it weighs less than agreeing on a rare name).
/// </summary>
/// <remarks>
/// Counts are kept, not shares, so that <see cref="Add"/> updates the table in O(term-frequency fields): a table
/// filled record by record is the same as one counted over all the records at once, whatever the order, because a
/// share is computed as count / total when it is read. Not thread-safe for writing: <see cref="Add"/> needs
/// exclusive access; any number of threads may call <see cref="Frequency"/> while no one adds.
/// </remarks>
internal sealed class TermFrequencies
{
    private readonly MatchProfile profile;
    private readonly Dictionary<string, int>?[] counts;
    private readonly int[] totals;
    private int records;

    private TermFrequencies(MatchProfile profile)
    {
        this.profile = profile;
        counts = new Dictionary<string, int>?[profile.Comparisons.Count];
        totals = new int[counts.Length];
        for (var f = 0; f < counts.Length; f++)
        {
            if (profile.Comparisons[f].TermFrequency)
            {
                counts[f] = new Dictionary<string, int>(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>An empty table for <paramref name="profile"/>'s term-frequency fields.</summary>
    public static TermFrequencies Empty(MatchProfile profile) => new(profile);

    /// <summary>The table of <paramref name="records"/>. O(n · term-frequency fields).</summary>
    public static TermFrequencies Count(MatchProfile profile, IReadOnlyList<PreparedRecord> records)
    {
        var table = new TermFrequencies(profile);
        foreach (var record in records)
        {
            table.Add(record);
        }

        return table;
    }

    /// <summary>Counts one more record. O(term-frequency fields).</summary>
    public void Add(PreparedRecord record)
    {
        for (var f = 0; f < counts.Length; f++)
        {
            var table = counts[f];
            if (table is null)
            {
                continue;
            }

            var value = profile.Comparisons[f].TermFrequencyValue(record);
            if (value is not null)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, value, out _)++;
                totals[f]++;
            }
        }

        records++;
    }

    /// <summary>
    /// The frequency of a value in a field (at least 1 / records counted), or null when the field has no
    /// term frequencies or no record holds a value in it.
    /// </summary>
    public double? Frequency(int field, string? value)
    {
        var table = counts[field];
        if (table is null || value is null || totals[field] == 0)
        {
            return null;
        }

        return Math.Max((double)table.GetValueOrDefault(value) / totals[field], 1.0 / records);
    }
}
