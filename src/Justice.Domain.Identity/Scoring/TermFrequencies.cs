using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Scoring;

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

    /// <summary>
    /// The table of <paramref name="records"/>, the same as <see cref="Add"/> on each record. O(n · term-frequency
    /// fields / cores): records prepared together share their value instances, so chunks of records are counted on
    /// all cores by reference (a cheap hash), then the chunks' counts are merged by value.
    /// </summary>
    public static TermFrequencies Count(MatchProfile profile, IReadOnlyList<PreparedRecord> records)
    {
        // A few large chunks (two per core, of 65,536 records or more): each chunk's distinct values are merged into
        // the table afterwards, so fewer chunks mean fewer merges of the same values.
        var chunkSize = Math.Max(1 << 16, (records.Count + (2 * Environment.ProcessorCount) - 1) / (2 * Environment.ProcessorCount));
        var table = new TermFrequencies(profile);
        var fields = table.counts.Length;
        var chunks = new Dictionary<string, int>?[Records.RecordChunks.Count(records.Count, chunkSize)][];
        Records.RecordChunks.For(records.Count, chunkSize, (chunk, start, end) =>
        {
            var local = new Dictionary<string, int>?[fields];
            for (var f = 0; f < fields; f++)
            {
                if (table.counts[f] is not null)
                {
                    local[f] = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
                }
            }

            for (var i = start; i < end; i++)
            {
                for (var f = 0; f < fields; f++)
                {
                    if (local[f] is { } counts && profile.Comparisons[f].TermFrequencyValue(records[i]) is { } value)
                    {
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _)++;
                    }
                }
            }

            chunks[chunk] = local;
        });

        // The fields are merged on all cores, each field's chunks in order.
        Parallel.For(0, fields, f =>
        {
            if (table.counts[f] is not { } counts)
            {
                return;
            }

            foreach (var local in chunks)
            {
                foreach (var (value, count) in local[f]!)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, value, out _) += count;
                    table.totals[f] += count;
                }
            }
        });

        table.records = records.Count;
        return table;
    }

    /// <summary>The straightforward <see cref="Count"/>: <see cref="Add"/> on each record in turn (its oracle).</summary>
    internal static TermFrequencies CountReference(MatchProfile profile, IReadOnlyList<PreparedRecord> records)
    {
        var table = new TermFrequencies(profile);
        foreach (var record in records)
        {
            table.Add(record);
        }

        return table;
    }

    /// <summary>
    /// A table holding only the given counts: what a store reads for one query (the counts of the query's values,
    /// each field's total and the number of records). <see cref="Frequency"/> of those values is the same as in the
    /// table of all the stored records.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="values">The counted values: field, value, count (0 for a value no record holds).</param>
    /// <param name="totals">Each term-frequency field's total (by field index; a field left out counts 0).</param>
    /// <param name="records">The number of records.</param>
    internal static TermFrequencies FromCounts(MatchProfile profile, IEnumerable<(int Field, string Value, long Count)> values, IReadOnlyDictionary<int, long> totals, long records)
    {
        var table = new TermFrequencies(profile);
        foreach (var (field, value, count) in values)
        {
            if (table.counts[field] is { } counts && count > 0)
            {
                counts[value] = checked((int)count);
            }
        }

        for (var f = 0; f < table.totals.Length; f++)
        {
            table.totals[f] = table.counts[f] is null ? 0 : checked((int)totals.GetValueOrDefault(f));
        }

        table.records = checked((int)records);
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
