namespace Justice.Domain.Identity.Records;

/// <summary><i>Lecture des identités</i>: the valid records, the rejected rows and the flagged values of kept records.</summary>
/// <param name="Records">The valid records, in input order.</param>
/// <param name="Errors">The errors, one or more per rejected row.</param>
/// <param name="RejectedRows">How many rows were left out.</param>
public sealed record RecordReadResult(IReadOnlyList<PersonRecord> Records, IReadOnlyList<RecordError> Errors, int RejectedRows)
{
    /// <summary>The values of kept records read as unknown (or kept as given but implausible), one per value.</summary>
    public IReadOnlyList<RecordFlag> Flags { get; init; } = [];
}
