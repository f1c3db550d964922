namespace Justice.Domain.Identity.Referential;

/// <summary>
/// A person record as a store keeps it: its id, the record itself as a JSON document, and the two prepared forms a
/// store searches on: its blocking keys and its term-frequency values. <see cref="PersonReferential"/> builds them;
/// a store only keeps and returns them.
/// </summary>
/// <param name="Id">The record id, unique in the store.</param>
/// <param name="Document">The <see cref="Records.PersonRecord"/> as JSON (<see cref="Serialization.IdentityJsonContext"/>).</param>
/// <param name="BlockingKeys">The record's blocking keys, distinct and ascending.</param>
/// <param name="Terms">The record's term-frequency values, at most one per field.</param>
public sealed record StoredPerson(string Id, string Document, IReadOnlyList<ulong> BlockingKeys, IReadOnlyList<TermValue> Terms)
{
    /// <summary>
    /// The record as its profile prepared it (<see cref="Comparison.CivilStatusProfile.WritePrepared"/>), or null. A
    /// store may keep it beside the document and return it with the record (<see cref="StoredCandidate.PreparedForm"/>),
    /// so that a reader skips preparing the record again; the document stays the record's truth.
    /// </summary>
    public byte[]? PreparedForm { get; init; }
}
