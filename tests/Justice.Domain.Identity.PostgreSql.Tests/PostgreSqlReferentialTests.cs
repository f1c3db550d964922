using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>A referential on PostgreSQL answers as one on the in-memory store: the same ranked candidates, explanations and clusters.</summary>
public sealed class PostgreSqlReferentialTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Lazy<IReadOnlyList<PersonRecord>> Records = new(() => new SyntheticGenerator().Generate(600, 23).Records());

    private static string Describe(IReadOnlyList<MatchCandidate> ranked) =>
        string.Join("\n", ranked.Select(c => FormattableString.Invariant($"{c.Rank} {c.Comparison.RightId} {c.Comparison.Weight:R} {c.Comparison.Band} {string.Join(";", c.Comparison.Fields.Select(f => f.ToString()))}")));

    [Fact]
    public async Task Find_train_and_dedupe_give_the_same_answers_as_the_in_memory_store()
    {
        var records = Records.Value;
        await using var store = await database.NewStoreAsync();
        var onPostgres = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
        var inMemory = await PersonReferential.OpenAsync(new InMemoryPersonStore(), maxBlockSize: 40);

        // Batches of 150 go through the binary COPY, the last one (of 100 records, re-sent) partly through unchanged rows.
        var first = await onPostgres.ImportAsync(records.Take(500), batchSize: 150);
        Assert.Equal(first, await inMemory.ImportAsync(records.Take(500), batchSize: 150));
        var again = await onPostgres.ImportAsync(records.Skip(400), batchSize: 30);
        Assert.Equal(again, await inMemory.ImportAsync(records.Skip(400), batchSize: 30));
        Assert.Equal(100, again.Unchanged);
        Assert.Equal(2, await onPostgres.RemoveAsync(["missing", records[3].Id, records[450].Id]));
        await inMemory.RemoveAsync(["missing", records[3].Id, records[450].Id]);

        var model = await inMemory.TrainAsync(new Scoring.TrainingOptions(Seed: 5, RandomPairs: 20_000));
        await onPostgres.UseModelAsync(model);
        var reopened = await PersonReferential.OpenAsync(store, maxBlockSize: 40);
        Assert.True(reopened.HasStoredModel);

        foreach (var query in records.Where((_, i) => i % 20 == 0))
        {
            Assert.Equal(Describe(await inMemory.FindAsync(query, top: 8)), Describe(await reopened.FindAsync(query, top: 8)));
        }

        var expected = await inMemory.DeduplicateAsync();
        var actual = await reopened.DeduplicateAsync();
        Assert.Equal(expected.Assignments(), actual.Assignments());
        Assert.True(expected.Assignments().Count(a => a.Id != a.ClusterId) > 10, "the synthetic records hold duplicates");
    }
}
