using Justice.Domain.Identity.Referential.Tests.Contract;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>The store contract on the in-memory store (the reference of the database adapters).</summary>
public sealed class InMemoryStoreContractTests : PersonStoreContract
{
    /// <inheritdoc/>
    protected override Task<IPersonStore> NewStoreAsync() => Task.FromResult<IPersonStore>(new InMemoryPersonStore());
}
