using Justice.Domain.Identity.Records;

namespace Justice.Domain.Identity.Referential.Tests.Contract;

/// <summary>One write of a random history: a batch to import, or ids to remove.</summary>
/// <param name="Upsert">The records to import (distinct ids), or null.</param>
/// <param name="Remove">The ids to remove, or null.</param>
public sealed record StoreOperation(PersonRecord[]? Upsert, string[]? Remove)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Upsert is not null ? "upsert " + string.Join(",", Upsert.Select(r => r.Id)) : "remove " + string.Join(",", Remove!);
}
