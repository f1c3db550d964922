using FsCheck.Xunit;
using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
using Justice.Domain.Identity.Tests.Scoring;

namespace Justice.Domain.Identity.Tests.Evaluation;

public class BlockingAnalysisTests
{
    [Property]
    public Property Recall_AnyLabels_CountsTheTruePairsThatAreCandidates()
    {
        var arb = BlockedPairsTests.Blocking.Generator.Zip(Gen.Choose(0, 4).ArrayOf(14)).ToArbitrary();
        return Prop.ForAll(arb, t =>
        {
            var ((keys, cap, boundary), labels) = t;
            var n = keys[0].Length;
            var blocked = BlockedPairsTests.Make(keys, cap, boundary);
            var person = labels.Take(n).ToArray();
            var truePairs = (from i in Enumerable.Range(0, n) from j in Enumerable.Range(i + 1, n - i - 1)
                             where person[i] == person[j] && (boundary == 0 || (i < boundary) != (j < boundary)) select (i, j)).ToArray();
            var recall = BlockingAnalysis.Recall(blocked, person);
            return recall.TruePairs == truePairs.Length
                && recall.TruePairsBlocked == truePairs.Count(p => blocked.IsCandidate(p.i, p.j))
                && recall.TruePairsLostToCap == truePairs.Count(p => !blocked.IsCandidate(p.i, p.j) && keys.Any(k => k[p.i].Intersect(k[p.j]).Any()))
                && recall.RecallCeiling is >= 0 and <= 1;
        });
    }

    [Fact]
    public void Recall_PairOnlyInCappedBlock_IsCountedAsLost()
    {
        // Records 0 and 1 are one person sharing only a capped key; 2 and 3 share an uncapped key.
        var blocked = BlockedPairs.Deduplication(["surname + year"], [[[9], [9], [4], [4], [9]]], 2);
        var recall = BlockingAnalysis.Recall(blocked, [1, 1, 2, 2, 3]);
        Assert.Equal((2L, 1L, 1L), (recall.TruePairs, recall.TruePairsBlocked, recall.TruePairsLostToCap));
        Assert.Equal([1L], recall.TruePairsByRule);
        Assert.Equal(0.5, recall.RecallCeiling);
    }

    [Fact]
    public void Recall_LabelCountDiffers_ThrowsNamingTheArgument()
    {
        var blocked = BlockedPairs.Deduplication(["k"], [[[1], [1]]], 5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BlockingAnalysis.Recall(blocked, [1]));
        Assert.Contains("personOf", ex.Message, StringComparison.Ordinal);
    }
}
