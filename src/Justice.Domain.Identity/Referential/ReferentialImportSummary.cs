using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Referential;

/// <summary>What an import into a <see cref="PersonReferential"/> did, batch by batch.</summary>
/// <param name="Read">Records read from the input.</param>
/// <param name="Added">Records stored under an id the store did not hold.</param>
/// <param name="Replaced">Records that replaced a different record of the same id.</param>
/// <param name="Unchanged">Records already stored exactly so (a re-run of the same import changes nothing).</param>
/// <param name="Rejected">Records left out, each with its reason in <see cref="Errors"/>.</param>
/// <param name="Errors">Why each rejected record was left out (its 1-based position in the input as the line, the field and the rule; never a value).</param>
public sealed record ReferentialImportSummary(int Read, int Added, int Replaced, int Unchanged, int Rejected, IReadOnlyList<RecordError> Errors)
{
    /// <summary>The records the store holds from this input: added, replaced or unchanged.</summary>
    public int Stored => Added + Replaced + Unchanged;
}
