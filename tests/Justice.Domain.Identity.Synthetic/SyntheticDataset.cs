using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// A generated dataset: CSV rows in the identity schema, the truth (record id → person), the corruption classes of
/// each record, and how many hard non-matches were created.
/// </summary>
/// <param name="Rows">The rows, in <see cref="PersonRecordReader.Columns"/> order.</param>
/// <param name="Truth">Record id → person id.</param>
/// <param name="Corruptions">Record id → the corruption classes applied to it (<see cref="SyntheticGenerator.CorruptionClasses"/>); empty for a person's original record.</param>
/// <param name="CorruptionCounts">Corruption class → duplicate records carrying it.</param>
/// <param name="HardNonMatches">Hard non-match kind (<see cref="SyntheticGenerator.HardNonMatchKinds"/>) → persons created.</param>
/// <param name="HardNonMatchPairs">The look-alike persons themselves, one pair per person counted in <paramref name="HardNonMatches"/>.</param>
public sealed record SyntheticDataset(
    IReadOnlyList<string[]> Rows,
    IReadOnlyDictionary<string, string> Truth,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Corruptions,
    IReadOnlyDictionary<string, int> CorruptionCounts,
    IReadOnlyDictionary<string, int> HardNonMatches,
    IReadOnlyList<HardNonMatchPair> HardNonMatchPairs)
{
    /// <summary>The rows as records; rows the reader rejects are left out (see <see cref="PersonRecordReader.Read"/>).</summary>
    /// <returns>The records.</returns>
    public IReadOnlyList<PersonRecord> Records() => PersonRecordReader.Read(Rows, "synthetic").Records;
}
