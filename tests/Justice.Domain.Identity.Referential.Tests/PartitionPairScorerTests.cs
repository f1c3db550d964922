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
/// with what the whole store knows, give together the pairs, weights and per-rule counts of one deduplication, whether
/// the partitions read the records' prepared forms, prepare their documents, or a mix of both.
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
            .Zip(Gen.Elements(Forms.None, Forms.All, Forms.EveryOther, Forms.Unreadable))
            .ToArbitrary();
        return Prop.ForAll(cases, t =>
        {
            var (((traits, cap), partitions), forms) = t;
            var records = traits.Select((v, i) => ContractPeople.Person(i, v)).ToArray();
            var (referential, stored, request) = Setup(records, cap);
            var prepared = records.Select(Profile.Prepare).ToArray();
            var bulk = BulkLinkage.Deduplicate(referential.Matcher, prepared, BulkLinkage.Block(Profile.Profile, prepared, cap), new BulkOptions(MaxBlockSize: cap));

            var scorer = Scorer(stored, request);
            var candidates = Candidates(stored, forms);
            var blocks = Blocks(stored);
            var parts = Enumerable.Range(0, partitions)
                .Select(p => scorer.Score([.. blocks.Where(b => (int)(b.Key % (ulong)partitions) == p)], candidates))
                .ToArray();

            var edges = parts.SelectMany(p => p.Edges).OrderBy(e => e.Left).ThenBy(e => e.Right)
                .Select(e => new ScoredEdge((int)e.Left, (int)e.Right, e.Weight));
            var expectedEdges = bulk.MatchEdges.Concat(bulk.ReviewPairs).OrderBy(e => e.Left).ThenBy(e => e.Right);
            var newPairs = Enumerable.Range(0, request.RuleCaps.Count).Select(r => parts.Sum(p => p.NewPairsByRule[r]));
            return (edges.SequenceEqual(expectedEdges)
                    && parts.Sum(p => p.PairsCompared) == bulk.PairsCompared
                    && newPairs.SequenceEqual(bulk.Blocking.Rules.Select(r => r.NewPairs))
                    && (forms != Forms.All || parts.All(p => p.PreparedFromDocuments == 0))
                    && (forms != Forms.None || parts.Sum(p => p.PreparedFromDocuments) >= bulk.MatchEdges.Concat(bulk.ReviewPairs).SelectMany(e => new[] { e.Left, e.Right }).Distinct().Count())
                    && candidates.OrderBy(c => c.Key).Select(c => scorer.Completeness(c.Value)).SequenceEqual(Candidates(stored, Forms.None).Values.Select(scorer.Completeness)))
                .Label($"cap {cap}, {partitions} partitions, prepared forms: {forms}");
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
    public void CompletenessOf_RecordsOfTheScoredBlocks_AsCompletenessGivesIt_NullForOthers()
    {
        // Forty records of the contract pool and one whose names no other record shares (in no block).
        PersonRecord[] records = [.. Enumerable.Range(0, 40).Select(i => ContractPeople.Person(i, i * 104_729)), new("lone") { BirthSurname = "XOKARIDES", FirstNames = ["Ybrahim"] }];
        var (_, stored, request) = Setup(records, 20);
        var scorer = Scorer(stored, request);
        var candidates = Candidates(stored, Forms.All);
        var scoring = scorer.Score(Blocks(stored), candidates);
        var held = Blocks(stored).Where(b => b.Members.Count >= 2 && b.Members.Count <= request.RuleCaps[(int)(b.Key >> 60) - 1])
            .SelectMany(b => b.Members).ToHashSet();
        Assert.NotEmpty(held);
        Assert.True(held.Count < candidates.Count);
        foreach (var (position, candidate) in candidates)
        {
            Assert.Equal(held.Contains(position) ? scorer.Completeness(candidate) : null, scoring.CompletenessOf(position));
        }

        Assert.Null(scoring.CompletenessOf(-1));
    }

    [Fact]
    public void Score_MissingDocument_NamesThePosition()
    {
        var records = new[] { ContractPeople.Person(0, 1), ContractPeople.Person(1, 1) };
        var (_, stored, request) = Setup(records, 4);
        var scorer = Scorer(stored, request);
        var error = Assert.Throws<ArgumentException>(() => scorer.Score(Blocks(stored), Candidates(stored[..1], Forms.None)));
        Assert.Contains("position 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnreadableDocument_ClearErrorWithoutTheDocument()
    {
        var records = new[] { ContractPeople.Person(0, 1), ContractPeople.Person(1, 1) };
        var (_, stored, request) = Setup(records, 4);
        var scorer = Scorer(stored, request);
        var error = Assert.Throws<ArgumentException>(() => scorer.Score(Blocks(stored), new Dictionary<long, StoredCandidate>
        {
            [0] = new(0, stored[0].Id, stored[0].Document),
            [1] = new(1, stored[1].Id, "MARTIN Jean 1970"),
        }));
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

    private static Dictionary<long, StoredCandidate> Candidates(StoredPerson[] stored, Forms forms) =>
        stored.Select((s, i) => new StoredCandidate(i, s.Id, s.Document)
        {
            PreparedForm = forms switch
            {
                Forms.All => s.PreparedForm,
                Forms.EveryOther => i % 2 == 0 ? s.PreparedForm : null,
                Forms.Unreadable => [.. s.PreparedForm!.Take(s.PreparedForm!.Length / 2)],
                _ => null,
            },
        }).ToDictionary(c => c.Sequence);

    private static HeldBlock[] Blocks(StoredPerson[] stored) =>
        [.. stored.SelectMany((s, i) => s.BlockingKeys.Distinct().Select(k => (Key: k, Position: (long)i)))
            .GroupBy(p => p.Key)
            .Select(g => new HeldBlock(g.Key, [.. g.Select(p => p.Position)]))];

    /// <summary>Which records of a partition carry their prepared form.</summary>
    public enum Forms
    {
        /// <summary>None: every record is prepared from its document.</summary>
        None,

        /// <summary>Every record.</summary>
        All,

        /// <summary>Every other record.</summary>
        EveryOther,

        /// <summary>Every record, each form cut in half: read as no form.</summary>
        Unreadable,
    }
}
