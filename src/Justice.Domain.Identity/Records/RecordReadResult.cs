namespace Justice.Domain.Identity.Records;

/// <summary><i>Lecture des identités</i>: the valid records and the rejected rows.</summary>
/// <param name="Records">The valid records, in input order.</param>
/// <param name="Errors">The errors, one or more per rejected row.</param>
/// <param name="RejectedRows">How many rows were left out.</param>
public sealed record RecordReadResult(IReadOnlyList<PersonRecord> Records, IReadOnlyList<RecordError> Errors, int RejectedRows);
