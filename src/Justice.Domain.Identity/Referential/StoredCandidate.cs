namespace Justice.Domain.Identity.Referential;

/// <summary>A stored record as a store returns it: its position in the store, its id and its JSON document.</summary>
/// <param name="Sequence">
/// The record's position: it increases with each record added, and a record replaced by a different one takes a new
/// position, as a removal then an addition would. Candidates of equal weight are ranked by it, earlier first.
/// </param>
/// <param name="Id">The record id.</param>
/// <param name="Document">The record as JSON.</param>
public sealed record StoredCandidate(long Sequence, string Id, string Document)
{
    /// <summary>The record's prepared form when the store keeps it (<see cref="StoredPerson.PreparedForm"/>), or null: a reader that cannot read it prepares the document.</summary>
    public byte[]? PreparedForm { get; init; }
}
