using Justice.Domain.Core;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Échantillon d'apprentissage</i>: a sample of records drawn whole blocks at a time, so that expectation–
/// maximisation sees a sample of blocked pairs with their true matches. Drawing records one by one would keep a
/// pair only when both records are drawn (rate s²) and starve the estimate of matches; drawing by the first
/// rule's key keeps the records of a block together (rate s for the pairs of that rule).
/// </summary>
public static class TrainingSample
{
    /// <summary>
    /// Keeps the records whose smallest key under the first blocking rule falls in a deterministic share of about
    /// <paramref name="maxRecords"/> / n of the key space; records without such a key are left out. O(n · keys).
    /// </summary>
    /// <param name="records">The prepared records.</param>
    /// <param name="maxRecords">About how many records to keep (1 or more); all are kept when there are fewer.</param>
    /// <returns>The sample, in input order.</returns>
    public static IReadOnlyList<PreparedRecord> ByBlock(IReadOnlyList<PreparedRecord> records, int maxRecords)
    {
        Guard.NotNull(records);
        Guard.Positive(maxRecords);
        if (records.Count <= maxRecords)
        {
            return records;
        }

        // The share of the 64-bit hash space kept: maxRecords / n.
        var limit = (ulong)((double)maxRecords / records.Count * ulong.MaxValue);

        // Each record is kept or not on its own, so chunks of records are tested on all cores and their kept records
        // joined in record order.
        const int ChunkSize = 16384;
        var chunks = new List<PreparedRecord>[RecordChunks.Count(records.Count, ChunkSize)];
        var firstNull = int.MaxValue;
        RecordChunks.For(records.Count, ChunkSize, (chunk, start, end) =>
        {
            var kept = new List<PreparedRecord>();
            for (var i = start; i < end; i++)
            {
                var record = records[i];
                if (record is null)
                {
                    RecordChunks.LowerTo(ref firstNull, i);
                }
                else if (Kept(record, limit))
                {
                    kept.Add(record);
                }
            }

            chunks[chunk] = kept;
        });

        if (firstNull != int.MaxValue)
        {
            // Reported with the first null record's index, as the sequential scan did.
            Guard.NotNull(records[firstNull], "records[i]");
        }

        var sample = new List<PreparedRecord>(maxRecords + (maxRecords / 4));
        foreach (var kept in chunks)
        {
            sample.AddRange(kept);
        }

        return sample.Count >= 2 ? sample : records;
    }

    /// <summary>Whether a record's lowest key of the first rule falls in the kept share of the hash space.</summary>
    private static bool Kept(PreparedRecord record, ulong limit)
    {
        var first = ulong.MaxValue;
        var found = false;
        foreach (var key in record.BlockingKeys)
        {
            if (BlockingKey.Rule(key) == 1 && key <= first)
            {
                first = key;
                found = true;
            }
        }

        // Mixing the key spreads the kept share evenly over blocks.
        return found && unchecked(first * 0x9E3779B97F4A7C15UL) <= limit;
    }
}
