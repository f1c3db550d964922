using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;
using static Justice.Domain.Identity.Tests.People;

namespace Justice.Domain.Identity.Tests.Linkage;

public sealed class IdentityIndexTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;
    private static readonly IdentityMatcher Matcher = IdentityMatcher.Create(Profile.Profile, MatchModel.Initial(Profile.Profile));

    private static readonly string[] Surnames = ["Dupont", "Dupond", "Martin", "Durand", "Martin-Durand", "Petit"];
    private static readonly string[] FirstNames = ["Jean", "Jeanne", "Paul", "Marie", "Jean, Paul", "Luc"];
    private static readonly string[] Dates = ["1970-03-12", "1970-12-03", "1970-03-13", "1971-03-12", "1998-07-01", "1970-00-00"];
    private static readonly string?[] Communes = ["75056", "75112", "69123", null];

    /// <summary>
    /// 1 to 16 records drawn from small pools of names, dates and communes (so that they share blocks and names
    /// repeat), a split point (records before it are built, the rest added), a cap of 2 to 6 and a result size.
    /// </summary>
    internal static readonly Arbitrary<(PreparedRecord[] Records, int Split, int Cap, int Top)> Datasets =
        Gen.Choose(1, 16).Zip(Gen.Choose(0, 16)).Zip(Gen.Choose(2, 6)).Zip(Gen.Choose(0, 1_000_000).ArrayOf(16)).Zip(Gen.Choose(1, 5))
            .Select(t =>
            {
                var (((n, split), cap), raw) = t.Item1;
                var records = Enumerable.Range(0, n).Select(i =>
                {
                    var v = raw[i];
                    return Profile.Prepare(Person(
                        "r" + i,
                        Surnames[v % Surnames.Length],
                        FirstNames[v / 6 % FirstNames.Length],
                        Dates[v / 36 % Dates.Length],
                        commune: Communes[v / 216 % Communes.Length],
                        sex: v / 864 % 3 == 0 ? Sex.Female : Sex.Male));
                }).ToArray();
                return (records, Math.Min(split, n), cap, t.Item2);
            })
            .ToArbitrary();

    /// <summary>The straightforward reference: records sharing a key of a block within the cap, scored, sorted by weight then position.</summary>
    private static (int Index, double Weight)[] ReferenceFind(IdentityIndex index, PreparedRecord query, int top)
    {
        var records = index.Records;
        var candidates = Enumerable.Range(0, records.Count)
            .Where(i => query.BlockingKeys.ToArray().Any(key => records[i].BlockingKeys.Contains(key) && records.Count(r => r.BlockingKeys.Contains(key)) <= index.MaxBlockSize))
            .Where(i => !ReferenceEquals(records[i], query))
            .Select(i => (Index: i, Weight: index.Matcher.Weight(query, records[i], out _)));
        return candidates.OrderByDescending(c => c.Weight).ThenBy(c => c.Index).Take(top).ToArray();
    }

    private static string Describe(IReadOnlyList<MatchCandidate> found) =>
        string.Join(";", found.Select(c => FormattableString.Invariant($"{c.Rank}:{c.Comparison.RightId}:{c.Comparison.Weight:R}:{c.Comparison.Band}")));

    private static IEnumerable<PreparedRecord> Queries(PreparedRecord[] records) =>
        records.Concat([Profile.Prepare(Person("q1", "Dupont", "Jean", "1970-03-12")), Profile.Prepare(Person("q2", "Martin", "Marie", "1971-03-12", commune: "69123"))]);

    [Property]
    public Property Add_AnyDataset_SameCandidatesAndFindAsBuildWithAll()
    {
        return Prop.ForAll(Datasets, d =>
        {
            var all = IdentityIndex.Build(Matcher, d.Records, d.Cap);
            var grown = IdentityIndex.Build(Matcher, d.Records[..d.Split], d.Cap);
            foreach (var record in d.Records[d.Split..])
            {
                grown.Add(record);
            }

            return grown.Records.SequenceEqual(d.Records) && grown.KeyCount == all.KeyCount
                && Queries(d.Records).All(q =>
                    grown.Candidates(q).SequenceEqual(all.Candidates(q))
                    && Describe(grown.Find(q, d.Top)) == Describe(all.Find(q, d.Top)));
        });
    }

    [Property]
    public Property AddRange_FromEmpty_SameFindAsBuild()
    {
        return Prop.ForAll(Datasets, d =>
        {
            var all = IdentityIndex.Build(Matcher, d.Records, d.Cap);
            var grown = IdentityIndex.Build(Matcher, [], d.Cap);
            grown.AddRange(d.Records[..d.Split]);
            grown.AddRange(d.Records[d.Split..]);
            return Queries(d.Records).All(q => Describe(grown.Find(q, d.Top)) == Describe(all.Find(q, d.Top)));
        });
    }

    [Property]
    public Property Find_AnyDataset_EqualsScoringEveryBlockedRecordSortedByWeightThenPosition()
    {
        return Prop.ForAll(Datasets, d =>
        {
            var index = IdentityIndex.Build(Matcher, d.Records[..d.Split], d.Cap);
            index.AddRange(d.Records[d.Split..]);
            return Queries(d.Records).All(q =>
            {
                var expected = ReferenceFind(index, q, d.Top);
                var found = index.Find(q, d.Top);
                var candidates = index.Candidates(q).ToArray();
                return found.Select(c => c.Comparison.RightId).SequenceEqual(expected.Select(e => index.Records[e.Index].Id))
                    && found.Select(c => c.Rank).SequenceEqual(Enumerable.Range(1, found.Count))
                    && candidates.SequenceEqual(candidates.Distinct().Order())
                    && candidates.Where(i => !ReferenceEquals(index.Records[i], q)).Order().SequenceEqual(ReferenceFind(index, q, int.MaxValue).Select(e => e.Index).Order());
            });
        });
    }

    [Fact]
    public void Add_CommonName_TermFrequencyFollowsTheIndex()
    {
        // 400 distinct surnames: one MARTIN among them is rare; forty more make it common.
        var index = IdentityIndex.Build(Matcher, Enumerable.Range(0, 400).Select(i => Profile.Prepare(Person("z" + i, "Z" + (char)('A' + (i % 20)) + "L" + (char)('A' + (i / 20)), "Paul", "1960-01-01"))).ToArray());
        var query = Profile.Prepare(Person("q", "Martin", "Luc", "1980-01-01"));
        var martin = Profile.Prepare(Person("m0", "Martin", "Luc", "1980-01-01"));
        index.Add(martin);
        var before = index.Matcher.Compare(query, martin).Fields[0].TermFrequencyAdjustment;
        index.AddRange(Enumerable.Range(1, 40).Select(i => Profile.Prepare(Person("m" + i, "Martin", "Paul", "1960-01-01"))));
        var after = index.Matcher.Compare(query, martin).Fields[0].TermFrequencyAdjustment;
        Assert.True(after < before, FormattableString.Invariant($"{after} < {before}"));
        Assert.Equal(Matcher.WithTermFrequencies(index.Records.ToArray()).Compare(query, martin).Weight, index.Matcher.Compare(query, martin).Weight);
    }

    [Fact]
    public void Find_TiedWeights_EarlierRecordFirstWhateverTheKeysShared()
    {
        // Copies of one record (so every weight ties) holding one or several of its keys: those sharing several
        // keys with the query are scored first, yet the ranking is by position among equal weights.
        var person = Profile.Prepare(Person("p", "Dupont", "Jean", "1970-03-12"));
        PreparedRecord Copy(string id, params ulong[] keys) => new(id, [.. Enumerable.Range(0, person.NameSlots).Select(person.Name)], person.Texts, person.Numbers, keys);
        var k = person.BlockingKeys.ToArray();
        var index = IdentityIndex.Build(Matcher, [Copy("one-key", k[0]), Copy("two-keys", k[0], k[1]), Copy("all-keys", k), Copy("other-key", k[2])]);
        Assert.Equal(["one-key"], index.Find(person, 1).Select(c => c.Comparison.RightId));
        Assert.Equal(["one-key", "two-keys", "all-keys"], index.Find(person, 3).Select(c => c.Comparison.RightId));
        Assert.Equal(["one-key", "two-keys", "all-keys", "other-key"], index.Find(person, 9).Select(c => c.Comparison.RightId));
    }

    [Fact]
    public void Add_BlockGrowsPastTheCap_NoLongerACandidateSource()
    {
        var index = IdentityIndex.Build(Matcher, [], maxBlockSize: 3);
        var query = Profile.Prepare(Person("q", "Dupont", "Jean", "1970-03-12"));
        index.AddRange(Enumerable.Range(0, 3).Select(i => Profile.Prepare(Person("d" + i, "Dupont", "Jean", "1970-03-12"))));
        Assert.Equal(new[] { 0, 1, 2 }, index.Candidates(query));
        index.Add(Profile.Prepare(Person("d3", "Dupont", "Jean", "1970-03-12")));
        Assert.Empty(index.Candidates(query));
        Assert.Empty(index.Find(query, 5));
    }

    [Fact]
    public void Find_ConcurrentThreads_SameAsSequential()
    {
        var data = new SyntheticGenerator().Generate(1500, 11);
        var records = data.Records().Select(Profile.Prepare).ToArray();
        var index = IdentityIndex.Build(Matcher, records[..2000]);
        var queries = records[2000..].Concat(records[..200]).ToArray();
        var sequential = queries.Select(q => Describe(index.Find(q, 5)) + "|" + string.Join(",", index.Candidates(q))).ToArray();
        var concurrent = new string[queries.Length];
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            // Each thread walks all the queries from a different start, so that the threads overlap.
            for (var k = 0; k < queries.Length; k++)
            {
                var q = (k + (t * queries.Length / 4)) % queries.Length;
                var text = Describe(index.Find(queries[q], 5)) + "|" + string.Join(",", index.Candidates(queries[q]));
                if (t == 0)
                {
                    concurrent[q] = text;
                }
                else if (text != sequential[q])
                {
                    concurrent[q] = "mismatch on thread " + t;
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.True(records.Length > 2200);
        Assert.Contains(sequential, s => s.Contains(";2:", StringComparison.Ordinal));
        Assert.Equal(sequential, concurrent);
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullNamingTheParameter()
    {
        var index = IdentityIndex.Build(Matcher, [Profile.Prepare(Person("1", "Dupont", "Jean", "1970-03-12"))]);
        Assert.Equal("matcher", Assert.Throws<ArgumentNullException>(() => IdentityIndex.Build(null!, [])).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => IdentityIndex.Build(Matcher, null!)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => index.Add(null!)).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => index.AddRange(null!)).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => index.Find(null!, 3)).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => index.Candidates(null!)).ParamName);
    }

    [Fact]
    public void AddRange_NullElement_ThrowsNamingTheItemAndAddsNothing()
    {
        var index = IdentityIndex.Build(Matcher, [Profile.Prepare(Person("1", "Dupont", "Jean", "1970-03-12"))]);
        var ex = Assert.Throws<ArgumentException>(() => index.AddRange([Profile.Prepare(Person("2", "Dupont", "Jean", "1970-03-12")), null!]));
        Assert.Equal("records", ex.ParamName);
        Assert.Contains("records[1]", ex.Message, StringComparison.Ordinal);
        Assert.Single(index.Records);
        Assert.Contains("records[1]", Assert.Throws<ArgumentException>(() => IdentityIndex.Build(Matcher, [index.Records[0], null!])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_KeyOfARuleTheProfileLacks_ThrowsNamingRecordAndRule()
    {
        var index = IdentityIndex.Build(Matcher, []);
        var rule = Matcher.Profile.BlockingRules.Count + 1;
        Assert.True(rule <= BlockingKey.MaxRules, "the profile leaves no rule number free for the test");
        var stranger = new PreparedRecord("x", [], [], [], [BlockingKey.Of(rule, "a")]);
        var ex = Assert.Throws<ArgumentException>(() => index.Add(stranger));
        Assert.Equal("record", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"record 0 has a blocking key of rule {rule}"), ex.Message, StringComparison.Ordinal);
        Assert.Empty(index.Records);
    }
}
