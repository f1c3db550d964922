using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Sqlite;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>The example of src/Justice.Domain.Identity.Sqlite/README.md, as written there (the file in a temporary folder).</summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("justice-readme-").FullName;

    /// <inheritdoc/>
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SqliteReadme_ImportsAndFindsBothRecords()
    {
        using var store = await SqlitePersonStore.OpenFileAsync(Path.Combine(folder, "referential.db"));
        var referential = await PersonReferential.OpenAsync(store);

        var summary = await referential.ImportAsync(new[]
        {
            new PersonRecord("cassiopee-1") { BirthSurname = "MARTIN", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14), BirthCommuneCode = "75056" },
            new PersonRecord("cassiopee-2") { BirthSurname = "MARTINS", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14), BirthCommuneCode = "75056" },
        });

        var found = await referential.FindAsync(new PersonRecord("query") { BirthSurname = "Martin", FirstNames = ["Jean"], BirthDate = new PartialDate(1970, 3, 14) });

        Assert.Equal(2, summary.Added);
        Assert.Equal(["cassiopee-1", "cassiopee-2"], found.Select(c => c.Comparison.RightId).Order());
    }
}
