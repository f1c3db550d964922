using Justice.Domain.Identity.Preparation;

namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Entrée préparée</i>: the valid records of one input, prepared in input order (without their text), and what the input gave.</summary>
/// <param name="Records">The valid records in input order.</param>
/// <param name="Summary">Rows read, rejected and why.</param>
public sealed record BulkPreparedInput(IReadOnlyList<PreparedRecord> Records, BulkInputSummary Summary);
