using Justice.Domain.Identity.Records;

namespace Justice.Samples.Synthetic;

/// <summary>A generated dataset: CSV rows in the identity schema, the truth (record id → person) and how often each noise was applied.</summary>
/// <param name="Rows">The rows, in <see cref="PersonRecordReader.Columns"/> order.</param>
/// <param name="Truth">Record id → person id.</param>
/// <param name="NoiseCounts">Noise kind → times applied.</param>
/// <param name="HardNonMatches">Hard non-match kind (twins, homonyms, parent-child) → persons created.</param>
public sealed record SyntheticDataset(IReadOnlyList<string[]> Rows, IReadOnlyDictionary<string, string> Truth, IReadOnlyDictionary<string, int> NoiseCounts, IReadOnlyDictionary<string, int> HardNonMatches)
{
    /// <summary>The rows as records (all rows are valid).</summary>
    /// <returns>The records.</returns>
    public IReadOnlyList<PersonRecord> Records() => PersonRecordReader.Read(Rows, "synthetic").Records;
}
