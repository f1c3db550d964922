using FsCheck.Xunit;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Clustering;

public class OneToOneAssignmentTests
{
    private const double Match = 3;

    private static Arbitrary<(int Left, int Right, ScoredEdge[] Edges, int Seed)> Bipartite { get; } =
        Gen.Choose(1, 6).Zip(Gen.Choose(1, 6)).Zip(Gen.Choose(0, 10_000).ArrayOf()).Zip(Gen.Choose(0, int.MaxValue))
            .Select(t =>
            {
                var ((left, right), raw) = t.Item1;
                var edges = new List<ScoredEdge>();
                for (var i = 0; i + 2 < raw.Length; i += 3)
                {
                    edges.Add(new ScoredEdge(raw[i] % left, raw[i + 1] % right, (raw[i + 2] % 31) - 10));
                }

                return (left, right, edges.ToArray(), t.Item2);
            })
            .ToArbitrary();

    [Property]
    public Property Assign_AnyCandidates_EachRecordInAtMostOneLinkAboveThreshold()
    {
        return Prop.ForAll(Bipartite, g =>
        {
            var links = OneToOneAssignment.Assign(g.Left, g.Right, g.Edges, Match).Links;
            return links.Select(l => l.Left).Distinct().Count() == links.Count
                && links.Select(l => l.Right).Distinct().Count() == links.Count
                && links.All(l => l.Weight >= Match);
        });
    }

    [Property]
    public Property Assign_AnyCandidates_IndependentOfInputOrder()
    {
        return Prop.ForAll(Bipartite, g =>
        {
            var shuffled = (ScoredEdge[])g.Edges.Clone();
            new Random(g.Seed).Shuffle(shuffled);
            var first = OneToOneAssignment.Assign(g.Left, g.Right, g.Edges, Match);
            var second = OneToOneAssignment.Assign(g.Left, g.Right, shuffled, Match);
            return first.Links.SequenceEqual(second.Links) && first.Candidates == second.Candidates && first.ConflictsResolved == second.ConflictsResolved;
        });
    }

    [Property]
    public Property Assign_AnyCandidates_DropsAPairOnlyForAHeavierOrEqualLinkOfOneOfItsRecords()
    {
        return Prop.ForAll(Bipartite, g =>
        {
            var links = OneToOneAssignment.Assign(g.Left, g.Right, g.Edges, Match).Links;
            return g.Edges.Where(e => e.Weight >= Match).All(e =>
                links.Any(l => (l.Left == e.Left || l.Right == e.Right) && l.Weight >= e.Weight));
        });
    }

    [Property]
    public Property Assign_AnyCandidates_TotalWeightAtLeastHalfTheBestAssignment()
    {
        return Prop.ForAll(Bipartite, g =>
        {
            var candidates = EdgeGraphs.Heaviest(g.Edges.Select(e => new ScoredEdge(e.Left, e.Right + 100, e.Weight)))
                .Where(p => p.Value >= Match).Select(p => (p.Key.Item1, p.Key.Item2 - 100, p.Value)).ToArray();
            var best = Best(candidates, 0, [], []);
            var total = OneToOneAssignment.Assign(g.Left, g.Right, g.Edges, Match).Links.Sum(l => l.Weight);
            return 2 * total >= best;
        });
    }

    [Fact]
    public void Assign_CompetingCandidates_KeepsTheHeaviestAndCountsTheConflict()
    {
        var result = OneToOneAssignment.Assign(2, 2, [new(0, 0, 10), new(1, 0, 12), new(1, 1, 4), new(0, 1, 2)], Match);
        Assert.Equal([new ScoredEdge(1, 0, 12)], result.Links);
        Assert.Equal(3, result.Candidates);
        Assert.Equal(2, result.ConflictsResolved);
    }

    [Fact]
    public void Assign_IndexBeyondSource_ThrowsNamingTheEdge()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => OneToOneAssignment.Assign(2, 2, [new(0, 0, 5), new(0, 2, 5)], Match));
        Assert.Contains("edge 1 (0, 2)", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Exhaustive maximum-weight assignment (small inputs only).</summary>
    private static double Best((int L, int R, double W)[] candidates, int from, HashSet<int> left, HashSet<int> right)
    {
        if (from == candidates.Length)
        {
            return 0;
        }

        var skip = Best(candidates, from + 1, left, right);
        var (l, r, w) = candidates[from];
        if (left.Contains(l) || right.Contains(r))
        {
            return skip;
        }

        left.Add(l);
        right.Add(r);
        var take = w + Best(candidates, from + 1, left, right);
        left.Remove(l);
        right.Remove(r);
        return Math.Max(skip, take);
    }
}
