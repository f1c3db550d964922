using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Referential.Tests.Contract;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Serialization;

namespace Justice.Domain.Identity.Referential.Tests;

/// <summary>
/// <see cref="PartitionPairScorer"/>: the blocks of a store dealt out to any number of partitions, each scored apart
/// with what the whole store knows, give together the pairs, weights and per-rule counts of one deduplication.
/// </summary>
public sealed class PartitionPairScorerTests
{
    private static readonly CivilStatusProfile Profile = CivilStatusProfile.Default;

    [Property(MaxTest = 60)]
    public Property BlocksDealtToPartitions_ScoredApart_SameAsOneDeduplication()
    {
        var cases = Gen.Choose(0, 100_000).ArrayOf(24)
            .Zip(Gen.Choose(2, 6))
            .Zip(Gen.Choose(1, 5))
            .ToArbitrary();
        return Prop.ForAll(cases, t =>
        {
            var ((traits, cap), partitions) = t;
            var records = traits.Select((v, i) => ContractPeople.Person(i, v)).ToArray();
            var (referential, stored, request) = Setup(records, cap);
            var prepared = records.Select(Profile.Prepare).ToArray();
            var bulk = BulkLinkage.Deduplicate(referential.Matcher, prepared, BulkLinkage.Block(Profile.Profile, prepared, cap), new BulkOptions(MaxBlockSize: cap));

            var scorer = Scorer(stored, request);
            var documents = stored.Select((s, i) => (Position: (long)i, s.Document)).ToDictionary(d => d.Position, d => d.Document);
            var blocks = Blocks(stored);
            var parts = Enumerable.Range(0, partitions)
                .Select(p => scorer.Score([.. blocks.Where(b => (int)(b.Key % (ulong)partitions) == p)], documents))
                .ToArray();

            var edges = parts.SelectMany(p => p.Edges).OrderBy(e => e.Left).ThenBy(e => e.Right)
                .Select(e => new ScoredEdge((int)e.Left, (int)e.Right, e.Weight));
            var expectedEdges = bulk.MatchEdges.Concat(bulk.ReviewPairs).OrderBy(e => e.Left).ThenBy(e => e.Right);
            var newPairs = Enumerable.Range(0, request.RuleCaps.Count).Select(r => parts.Sum(p => p.NewPairsByRule[r]));
            return (edges.SequenceEqual(expectedEdges)
                    && parts.Sum(p => p.PairsCompared) == bulk.PairsCompared
                    && newPairs.SequenceEqual(bulk.Blocking.Rules.Select(r => r.NewPairs)))
                .Label($"cap {cap}, {partitions} partitions");
        });
    }

    [Fact]
    public void Score_AnotherProfilesRules_ClearError()
    {
        var (_, stored, request) = Setup([ContractPeople.Person(0, 1)], 4);
        var error = Assert.Throws<ArgumentException>(() =>
            new PartitionPairScorer(CivilStatusProfile.WithoutNameEditRules, request, [], [], stored.Length, []));
        Assert.Contains("are not the profile's", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{not json", "not a readable model document")]
    public void Score_UnreadableModel_ClearError(string document, string expected)
    {
        var (_, stored, request) = Setup([ContractPeople.Person(0, 1)], 4);
        var error = Assert.Throws<ArgumentException>(() =>
            new PartitionPairScorer(Profile, request with { ModelDocument = document }, [], [], stored.Length, []));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingDocument_NamesThePosition()
    {
        var records = new[] { ContractPeople.Person(0, 1), ContractPeople.Person(1, 1) };
        var (_, stored, request) = Setup(records, 4);
        var scorer = Scorer(stored, request);
        var error = Assert.Throws<ArgumentException>(() => scorer.Score(Blocks(stored), new Dictionary<long, string> { [0] = stored[0].Document }));
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnreadableDocument_ClearErrorWithoutTheDocument()
    {
        var records = new[] { ContractPeople.Person(0, 1), ContractPeople.Person(1, 1) };
        var (_, stored, request) = Setup(records, 4);
        var scorer = Scorer(stored, request);
        var error = Assert.Throws<ArgumentException>(() => scorer.Score(Blocks(stored), new Dictionary<long, string> { [0] = stored[0].Document, [1] = "MARTIN Jean 1970" }));
        Assert.Contains("not a record document", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MARTIN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_CapsNotOnePerRule_ClearError()
    {
        var (_, stored, request) = Setup([ContractPeople.Person(0, 1)], 4);
        var error = Assert.Throws<ArgumentException>(() =>
            new PartitionPairScorer(Profile, request with { RuleCaps = [4] }, [], [], stored.Length, []));
        Assert.Contains("one cap of 2 or more per rule", error.Message, StringComparison.Ordinal);
    }

    private static (PersonReferential Referential, StoredPerson[] Stored, StoreScoringRequest Request) Setup(PersonRecord[] records, int cap)
    {
        var referential = PersonReferential.OpenAsync(new InMemoryPersonStore(), Profile, cap).GetAwaiter().GetResult();
        var stored = records.Select(referential.StoredFormOf).ToArray();
        var rules = Profile.Profile.BlockingRules;
        var request = new StoreScoringRequest(
            PersonReferential.RulesOf(Profile),
            JsonSerializer.Serialize(referential.Model, IdentityJsonContext.Default.MatchModel),
            [.. rules.Select(r => r.Description)],
            [.. rules.Select(r => Math.Min(r.MaxBlockSize ?? cap, cap))],
            cap,
            1);
        return (referential, stored, request);
    }

    // What the whole store knows: its term counts, field totals and capped keys.
    private static PartitionPairScorer Scorer(StoredPerson[] stored, StoreScoringRequest request)
    {
        var terms = stored.SelectMany(s => s.Terms).GroupBy(t => (t.Field, t.Value)).Select(g => (g.Key.Field, g.Key.Value, (long)g.Count()));
        var fields = Profile.Profile.Comparisons.Count;
        var totals = Enumerable.Range(0, fields).Select(f => (long)stored.Sum(s => s.Terms.Count(t => t.Field == f))).ToArray();
        var capped = stored.SelectMany(s => s.BlockingKeys.Distinct()).GroupBy(k => k)
            .Where(g => g.Count() > request.RuleCaps[(int)(g.Key >> 60) - 1]).Select(g => g.Key);
        return new PartitionPairScorer(Profile, request, terms, totals, stored.Length, capped);
    }

    private static HeldBlock[] Blocks(StoredPerson[] stored) =>
        [.. stored.SelectMany((s, i) => s.BlockingKeys.Distinct().Select(k => (Key: k, Position: (long)i)))
            .GroupBy(p => p.Key)
            .Select(g => new HeldBlock(g.Key, [.. g.Select(p => p.Position)]))];
}
