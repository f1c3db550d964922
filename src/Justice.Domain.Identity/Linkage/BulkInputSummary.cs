using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Bilan d'une entrée</i>: what a <see cref="BulkRun"/> made of one input: rows read, records kept, rows rejected and
/// why. The errors and flags name a line (or a position in a sequence), a record id, a field and a rule, never a value.
/// </summary>
/// <param name="Rows">Rows (or records of a sequence) read; blank lines are not rows.</param>
/// <param name="Records">Valid records kept, all of which appear in the output.</param>
/// <param name="Rejected">Rows rejected (<paramref name="Rows"/> − <paramref name="Records"/>).</param>
/// <param name="RejectedByReason">
/// Rows rejected per reason: the field and rule of each rejected row's first error, the figures of the rule (a field
/// count, a length) written <c>N</c>, for example <c>row: has N field(s), the header has N (…)</c> or <c>id: duplicate id</c>.
/// </param>
/// <param name="Errors">Every error of the rejected rows, in input order (a row may have several).</param>
/// <param name="Flags">Values of kept records read as unknown or implausible, in input order.</param>
/// <param name="IgnoredColumns">Header columns that are not in the identity schema and were read by no one.</param>
public sealed record BulkInputSummary(
    int Rows,
    int Records,
    int Rejected,
    IReadOnlyDictionary<string, int> RejectedByReason,
    IReadOnlyList<RecordError> Errors,
    IReadOnlyList<RecordFlag> Flags,
    IReadOnlyList<string> IgnoredColumns);
