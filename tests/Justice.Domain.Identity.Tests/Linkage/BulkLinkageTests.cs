using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Domain.Identity.Tests.Linkage;

public sealed class BulkLinkageTests
{
    private static readonly Lazy<(PreparedRecord[] Records, IdentityMatcher Matcher, int[] Person)> Febrl1 = new(() =>
    {
        var records = FebrlDataset.ReadEmbedded("febrl-dataset1.csv");
        var profile = FebrlProfile.Default;
        var prepared = records.Select(profile.Prepare).ToArray();
        var model = ModelTrainer.Train(profile.Profile, prepared, new TrainingOptions(RandomPairs: 20_000));
        var persons = records.Select(r => FebrlDataset.Person(r.Id)).ToArray();
        var labels = persons.Distinct().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        return (prepared, IdentityMatcher.Create(profile.Profile, model), persons.Select(p => labels[p]).ToArray());
    });

    [Fact]
    public void Deduplicate_ConnectedComponents_SamePartitionAsIdentityLinker()
    {
        var (records, matcher, _) = Febrl1.Value;
        var reference = IdentityLinker.Deduplicate(matcher, records);
        var blocked = BulkLinkage.Block(matcher.Profile, records, 1000);
        var bulk = BulkLinkage.Deduplicate(matcher, records, blocked, new BulkOptions(ClusteringMethod.ConnectedComponents));
        var referenceCluster = reference.Assignments.Select(a => a.ClusterId).ToArray();
        var ids = records.Select(r => r.Id).ToArray();
        Assert.Equal(reference.CandidatePairs, bulk.PairsCompared);
        Assert.Equal(reference.MatchPairs, bulk.MatchPairs);
        Assert.Equal(reference.ReviewPairs.Count, bulk.ReviewPairs.Count);
        Assert.Equal(referenceCluster, bulk.Clusters.ClusterOf.Select(c => ids[c]).ToArray());
    }

    [Fact]
    public void Deduplicate_AnyThreadCount_SameResult()
    {
        var (records, matcher, _) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 1000);
        var one = BulkLinkage.Deduplicate(matcher, records, blocked, new BulkOptions(MaxDegreeOfParallelism: 1));
        var all = BulkLinkage.Deduplicate(matcher, records, blocked, new BulkOptions());
        Assert.Equal(one.Clusters.ClusterOf, all.Clusters.ClusterOf);
        Assert.Equal(one.ReviewPairs, all.ReviewPairs);
    }

    [Fact]
    public void Link_MatchEdges_AreTheMatchBandPairsInCanonicalOrder()
    {
        var (records, matcher, _) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 500, 1000);
        var bulk = BulkLinkage.Link(matcher, records, blocked, new BulkOptions(ClusteringMethod.ConnectedComponents));
        var scorer = matcher.WithTermFrequencies(records);
        Assert.Equal(bulk.MatchPairs, bulk.MatchEdges.Count);
        Assert.NotEmpty(bulk.MatchEdges);
        Assert.All(bulk.MatchEdges, e => Assert.Equal(MatchBand.Match, scorer.Score(records[e.Left], records[e.Right]).Band));
        Assert.All(bulk.MatchEdges, e => Assert.True(e.Left < 500 && e.Right >= 500));
        Assert.Equal(bulk.MatchEdges.OrderBy(e => e.Left).ThenBy(e => e.Right), bulk.MatchEdges);
        Assert.All(bulk.ReviewPairs, e => Assert.NotEqual(MatchBand.Match, scorer.Band(e.Weight)));
    }

    [Fact]
    public void Deduplicate_BestLink_EveryMemberMatchesItsCentre()
    {
        var (records, matcher, _) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 1000);
        var bulk = BulkLinkage.Deduplicate(matcher, records, blocked, new BulkOptions(ClusteringMethod.BestLink));
        var scorer = matcher.WithTermFrequencies(records);
        for (var i = 0; i < records.Length; i++)
        {
            var centre = bulk.Clusters.ClusterOf[i];
            Assert.True(centre == i || scorer.Score(records[i], records[centre]).Band == MatchBand.Match);
        }
    }

    [Fact]
    public void Link_OneToOne_EachRecordInAtMostOneLink()
    {
        var (records, matcher, person) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 500, 1000);
        var bulk = BulkLinkage.Link(matcher, records, blocked, new BulkOptions(OneToOne: true));
        var links = bulk.OneToOneLinks!.Links;
        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Select(l => l.Left).Distinct().Count());
        Assert.Equal(links.Count, links.Select(l => l.Right).Distinct().Count());
        Assert.All(links, l => Assert.InRange(l.Left, 0, 499));
        Assert.True(links.Count(l => person[l.Left] == person[l.Right + 500]) >= 0.9 * links.Count);
    }

    [Fact]
    public void Link_BlockedForDeduplication_ThrowsNamingTheArgument()
    {
        var (records, matcher, _) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 1000);
        var ex = Assert.Throws<ArgumentException>(() => BulkLinkage.Link(matcher, records, blocked, new BulkOptions()));
        Assert.Contains("blocked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recall_Febrl1_CeilingReachesEveryTruePairThatSharesAnUncappedKey()
    {
        var (records, matcher, person) = Febrl1.Value;
        var blocked = BulkLinkage.Block(matcher.Profile, records, 1000);
        var recall = BlockingAnalysis.Recall(blocked, person);
        Assert.True(recall.TruePairs > 0);
        Assert.InRange(recall.RecallCeiling, 0.95, 1.0);
        Assert.Equal(matcher.Profile.BlockingRules.Count, recall.TruePairsByRule.Count);
        Assert.Equal(blocked.Report.Rules.Sum(r => r.NewPairs), blocked.PairCount);
    }

    [Fact]
    public void Block_ManyChunksOfRecords_SamePairsAsTheKeyTables()
    {
        var (records, matcher, _) = Febrl1.Value;
        var many = Copies(records, 40);
        var rules = matcher.Profile.BlockingRules;
        var tables = rules
            .Select((_, r) => many.Select(p => p.BlockingKeys.ToArray().Where(k => BlockingKey.Rule(k) == r + 1).ToArray()).ToArray<ulong[]?>())
            .ToArray();
        var reference = BlockedPairs.Deduplication([.. rules.Select(r => r.Description)], tables, 100);

        var blocked = BulkLinkage.Block(matcher.Profile, many, 100);

        Assert.Equal(40 * BulkLinkage.Block(matcher.Profile, records, 100).PairCount, blocked.PairCount);
        Assert.Equal(Pairs(reference), Pairs(blocked));
    }

    [Fact]
    public void Block_KeysOfAMissingRuleInSeveralChunks_ThrowsNamingTheFirstRecord()
    {
        var (records, matcher, _) = Febrl1.Value;
        var many = Copies(records, 40);
        many[39_000] = new PreparedRecord("late", [], [], [], [BlockingKey.Of(9, "a")]);
        many[20_000] = new PreparedRecord("early", [], [], [], [BlockingKey.Of(9, "a")]);
        var ex = Assert.Throws<ArgumentException>(() => BulkLinkage.Block(matcher.Profile, many, 100));
        Assert.Equal("records", ex.ParamName);
        Assert.Contains("record 20000 has a blocking key of rule 9", ex.Message, StringComparison.Ordinal);

        // Rule 0 (a key under 2^60) is not a rule either.
        var zero = Copies(records, 40);
        zero[25_000] = new PreparedRecord("zero", [], [], [], [1UL]);
        var ruleZero = Assert.Throws<ArgumentException>(() => BulkLinkage.Block(matcher.Profile, zero, 100));
        Assert.Contains("record 25000 has a blocking key of rule 0", ruleZero.Message, StringComparison.Ordinal);

        many[17_000] = null!;
        Assert.Equal("records[i]", Assert.Throws<ArgumentNullException>(() => BulkLinkage.Block(matcher.Profile, many, 100)).ParamName);
        Assert.Equal("records[i]", Assert.Throws<ArgumentNullException>(() => TrainingSample.ByBlock(many, 5_000)).ParamName);
    }

    [Fact]
    public void TrainingSample_ManyChunksOfRecords_KeepsWholeBlocksOfTheFirstRuleInRecordOrder()
    {
        var (records, _, _) = Febrl1.Value;
        var many = Copies(records, 40);
        var limit = (ulong)(5_000.0 / many.Length * ulong.MaxValue);

        var sample = TrainingSample.ByBlock(many, 5_000);

        // The definition: a record is kept when its smallest first-rule key, mixed, falls under the kept share.
        var expected = many.Where(r =>
        {
            var first = r.BlockingKeys.ToArray().Where(k => BlockingKey.Rule(k) == 1).DefaultIfEmpty(ulong.MaxValue).Min();
            return r.BlockingKeys.ToArray().Any(k => BlockingKey.Rule(k) == 1) && unchecked(first * 0x9E3779B97F4A7C15UL) <= limit;
        });
        Assert.Equal(expected.Select(r => r.Id), sample.Select(r => r.Id));
        Assert.InRange(sample.Count, 2_500, 7_500);
        Assert.Same(records, TrainingSample.ByBlock(records, records.Length));
    }

    /// <summary>
    /// <paramref name="times"/> copies of <paramref name="records"/> under new ids, each copy's keys salted (rule bits
    /// kept) so that each copy blocks as the original and apart from the others; more records than one work chunk.
    /// </summary>
    private static PreparedRecord[] Copies(PreparedRecord[] records, int times) =>
        [.. Enumerable.Range(0, times * records.Length).Select(i =>
        {
            var r = records[i % records.Length];
            var salt = (ulong)(i / records.Length) << 24;
            return new PreparedRecord(
                "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [.. Enumerable.Range(0, r.NameSlots).Select(r.Name)],
                r.Texts,
                r.Numbers,
                [.. r.BlockingKeys.ToArray().Select(k => k ^ salt)]);
        })];

    private static List<(int, int)> Pairs(BlockedPairs blocked)
    {
        var pairs = new List<(int, int)>();
        blocked.ForEachPair((x, y) => pairs.Add((x, y)));
        pairs.Sort();
        return pairs;
    }
}
