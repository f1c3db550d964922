using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Referential.Tests.Contract;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>The store contract on PostgreSQL: each store in a new schema of the test database, dropped with the class.</summary>
public sealed class PostgreSqlStoreContractTests(PostgresDatabase database) : PersonStoreContract, IClassFixture<PostgresDatabase>
{
    /// <inheritdoc/>
    protected override async Task<IPersonStore> NewStoreAsync() => await database.NewStoreAsync();

    /// <inheritdoc/>
    protected override void Release(IPersonStore store) => ((PostgreSqlPersonStore)store).DisposeAsync().AsTask().GetAwaiter().GetResult();
}
