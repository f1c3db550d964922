using Justice.Domain.Identity.Referential;

namespace Justice.Domain.Identity.PostgreSql.Tests;

/// <summary>Random store operations and the checks that two stores hold the same.</summary>
internal static class StoreComparison
{
    /// <summary>Keys on both sides of 2^63, so the unsigned-to-bigint mapping is exercised.</summary>
    private static readonly ulong[] KeyPool = [1, 2, 3, 42, 1UL << 40, (1UL << 63) - 1, 1UL << 63, ulong.MaxValue - 1, ulong.MaxValue, 7_000_000_000_000_000_001];

    private static readonly string[] Values = ["DUPONT", "MARTIN", "ÉLODIE", "NGUYEN", "O'BRIEN", "JEAN PIERRE"];

    public static StoredPerson Person(Random random, int idPool = 40)
    {
        var id = "p" + random.Next(idPool);
        var keys = KeyPool.Where(_ => random.Next(3) == 0).Distinct().Order().ToArray();
        var terms = Enumerable.Range(0, 3).Where(_ => random.Next(2) == 0).Select(f => new TermValue(f, Values[random.Next(Values.Length)])).ToArray();
        // A small document pool, so an upsert often finds the same document (unchanged) or another one (replaced).
        var document = "{\"id\":\"" + id + "\",\"v\":" + random.Next(3) + "}";
        return new StoredPerson(id, document, keys, terms);
    }

    public static StoredPerson[] Batch(Random random, int size, int idPool = 40) =>
        [.. Enumerable.Range(0, size).Select(_ => Person(random, idPool)).DistinctBy(p => p.Id)];

    public static CandidateRequest Request(Random random)
    {
        var blocks = KeyPool.Where(_ => random.Next(3) == 0).Select(k => new BlockQuery(k, random.Next(2, 30))).ToArray();
        var terms = Enumerable.Range(0, 4).Where(_ => random.Next(2) == 0).Select(f => new TermValue(f, Values[random.Next(Values.Length)])).ToArray();
        return new CandidateRequest(blocks, terms);
    }

    /// <summary>Runs the same random operations on both stores, checking each result, then checks the stores hold the same.</summary>
    public static async Task RunSameAsync(Random random, IPersonStore expected, IPersonStore actual, int operations, int maxBatch)
    {
        for (var op = 0; op < operations; op++)
        {
            if (random.Next(5) == 0)
            {
                var ids = Enumerable.Range(0, random.Next(6)).Select(_ => "p" + random.Next(50)).ToArray();
                Assert.Equal(await expected.RemoveAsync(ids), await actual.RemoveAsync(ids));
            }
            else
            {
                var batch = Batch(random, random.Next(maxBatch + 1));
                Assert.Equal(await expected.UpsertAsync(batch), await actual.UpsertAsync(batch));
            }
        }

        await AssertSameAsync(random, expected, actual);
    }

    public static async Task AssertSameAsync(Random random, IPersonStore expected, IPersonStore actual)
    {
        Assert.Equal(await AllAsync(expected), await AllAsync(actual));
        Assert.Equal(await expected.StatisticsAsync() with { SchemaVersion = 0 }, await actual.StatisticsAsync() with { SchemaVersion = 0 });
        Assert.Equal(await expected.ReadModelAsync(), await actual.ReadModelAsync());
        for (var q = 0; q < 10; q++)
        {
            var request = Request(random);
            AssertSame(await expected.FetchCandidatesAsync(request), await actual.FetchCandidatesAsync(request));
        }
    }

    public static void AssertSame(CandidateFetch expected, CandidateFetch actual)
    {
        Assert.Equal(expected.Candidates, actual.Candidates);
        Assert.Equal(expected.TermCounts, actual.TermCounts);
        Assert.Equal(expected.FieldTotals.OrderBy(e => e.Key), actual.FieldTotals.OrderBy(e => e.Key));
        Assert.Equal(expected.Records, actual.Records);
    }

    public static async Task<List<StoredCandidate>> AllAsync(IPersonStore store)
    {
        var all = new List<StoredCandidate>();
        await foreach (var candidate in store.ReadAllAsync())
        {
            all.Add(candidate);
        }

        return all;
    }
}
