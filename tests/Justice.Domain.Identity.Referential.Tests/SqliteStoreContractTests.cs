using Justice.Domain.Identity.Referential.Tests.Contract;
using Justice.Domain.Identity.Sqlite;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>The store contract on SQLite files (one new file per store, in a folder deleted after the test).</summary>
public sealed class SqliteStoreContractTests : PersonStoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-referential-").FullName;
    private int files;

    /// <inheritdoc/>
    protected override async Task<IPersonStore> NewStoreAsync() =>
        await SqlitePersonStore.OpenFileAsync(Path.Combine(folder, FormattableString.Invariant($"store-{Interlocked.Increment(ref files)}.db")));

    /// <inheritdoc/>
    protected override void Cleanup() => Directory.Delete(folder, recursive: true);
}
