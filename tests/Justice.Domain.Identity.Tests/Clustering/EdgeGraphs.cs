using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Tests.Clustering;

/// <summary>Random small scored graphs and brute-force oracles for the clustering properties.</summary>
internal static class EdgeGraphs
{
    /// <summary>A record count (2 to 12), edges with weights from -10 to 20 bits, and a shuffle seed.</summary>
    public static Arbitrary<(int Count, ScoredEdge[] Edges, int Seed)> Arbitrary { get; } =
        Gen.Choose(2, 12)
            .Zip(Gen.Choose(0, 10_000).ArrayOf())
            .Zip(Gen.Choose(0, int.MaxValue))
            .Select(t => (t.Item1.Item1, ToEdges(t.Item1.Item1, t.Item1.Item2), t.Item2))
            .ToArbitrary();

    public static ScoredEdge[] ToEdges(int count, int[] raw)
    {
        var edges = new List<ScoredEdge>();
        for (var i = 0; i + 2 < raw.Length; i += 3)
        {
            var a = raw[i] % count;
            var b = raw[i + 1] % count;
            if (a != b)
            {
                edges.Add(new ScoredEdge(a, b, (raw[i + 2] % 31) - 10));
            }
        }

        return [.. edges];
    }

    /// <summary>The same edges in another order, each pair possibly reversed.</summary>
    public static ScoredEdge[] Shuffled(ScoredEdge[] edges, int seed)
    {
        var random = new Random(seed);
        var copy = edges.Select(e => random.Next(2) == 0 ? e : new ScoredEdge(e.Right, e.Left, e.Weight)).ToArray();
        random.Shuffle(copy);
        return copy;
    }

    /// <summary>The heaviest weight given for each unordered pair.</summary>
    public static Dictionary<(int, int), double> Heaviest(IEnumerable<ScoredEdge> edges)
    {
        var best = new Dictionary<(int, int), double>();
        foreach (var e in edges)
        {
            var key = (Math.Min(e.Left, e.Right), Math.Max(e.Left, e.Right));
            best[key] = best.TryGetValue(key, out var w) ? Math.Max(w, e.Weight) : e.Weight;
        }

        return best;
    }

    /// <summary>Component labels by breadth-first search over the given links (reference oracle).</summary>
    public static int[] Components(int count, IEnumerable<(int A, int B)> links)
    {
        var adjacency = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in links)
        {
            adjacency[a].Add(b);
            adjacency[b].Add(a);
        }

        var label = Enumerable.Repeat(-1, count).ToArray();
        for (var start = 0; start < count; start++)
        {
            if (label[start] >= 0)
            {
                continue;
            }

            var queue = new Queue<int>([start]);
            label[start] = start;
            while (queue.Count > 0)
            {
                foreach (var next in adjacency[queue.Dequeue()].Where(x => label[x] < 0))
                {
                    label[next] = start;
                    queue.Enqueue(next);
                }
            }
        }

        return label;
    }

    /// <summary>Whether two labellings describe the same partition.</summary>
    public static bool SamePartition(IReadOnlyList<int> x, IReadOnlyList<int> y)
    {
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                if ((x[i] == x[j]) != (y[i] == y[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
