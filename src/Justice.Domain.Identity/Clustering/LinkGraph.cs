using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Clustering;

/// <summary>
/// The links at or above a threshold between records <c>0..n-1</c>, in a canonical form: each pair once
/// (smaller index first, the highest weight kept), sorted, with a compressed adjacency (CSR). Canonical form
/// is what makes every clustering independent of the order and orientation of its input.
/// </summary>
internal sealed class LinkGraph
{
    private LinkGraph(int recordCount, long received, int[] left, int[] right, double[] weight)
    {
        RecordCount = recordCount;
        EdgesReceived = received;
        Left = left;
        Right = right;
        Weight = weight;
        Offsets = new int[recordCount + 1];
        foreach (var a in left)
        {
            Offsets[a + 1]++;
        }

        foreach (var b in right)
        {
            Offsets[b + 1]++;
        }

        for (var i = 0; i < recordCount; i++)
        {
            Offsets[i + 1] += Offsets[i];
        }

        Neighbours = new int[2 * left.Length];
        EdgeIds = new int[2 * left.Length];
        var next = (int[])Offsets.Clone();
        for (var e = 0; e < left.Length; e++)
        {
            var a = left[e];
            var b = right[e];
            Neighbours[next[a]] = b;
            EdgeIds[next[a]++] = e;
            Neighbours[next[b]] = a;
            EdgeIds[next[b]++] = e;
        }
    }

    public int RecordCount { get; }

    public long EdgesReceived { get; }

    public int[] Left { get; }

    public int[] Right { get; }

    public double[] Weight { get; }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int[] EdgeIds { get; }

    public int LinkCount => Left.Length;

    public int Degree(int record) => Offsets[record + 1] - Offsets[record];

    /// <summary>Builds the canonical graph; O(m log m) for m edges.</summary>
    public static LinkGraph Build(int recordCount, IEnumerable<ScoredEdge> edges, double matchWeight)
    {
        Guard.NotNegative(recordCount);
        Guard.NotNull(edges);
        Guard.Finite(matchWeight);
        var kept = new List<(int A, int B, double W)>();
        long received = 0;
        var canonical = true;
        foreach (var edge in edges)
        {
            received++;
            if (edge.Left >= recordCount || edge.Right >= recordCount)
            {
                throw Guard.OutOfRange(nameof(edges), string.Create(CultureInfo.InvariantCulture, $"edge {received - 1} ({edge.Left}, {edge.Right})"), string.Create(CultureInfo.InvariantCulture, $"record indexes from 0 to {recordCount - 1}"));
            }

            if (edge.Left == edge.Right)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"edges: edge {received - 1} links record {edge.Left} to itself; a deduplication edge joins two different records."), nameof(edges));
            }

            if (edge.Weight >= matchWeight)
            {
                var link = edge.Left < edge.Right ? (edge.Left, edge.Right, edge.Weight) : (edge.Right, edge.Left, edge.Weight);
                if (kept.Count > 0 && (kept[^1].A > link.Item1 || (kept[^1].A == link.Item1 && kept[^1].B >= link.Item2)))
                {
                    canonical = false;
                }

                kept.Add(link);
            }
        }

        if (canonical)
        {
            // Already sorted with each pair once (as bulk scoring returns them): no sort needed.
            return new LinkGraph(recordCount, received, [.. kept.Select(k => k.A)], [.. kept.Select(k => k.B)], [.. kept.Select(k => k.W)]);
        }

        // Sort by pair then by weight descending so that the first of each run is the one kept.
        kept.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B != y.B ? x.B.CompareTo(y.B) : y.W.CompareTo(x.W));
        var left = new List<int>(kept.Count);
        var right = new List<int>(kept.Count);
        var weight = new List<double>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0 && kept[i].A == kept[i - 1].A && kept[i].B == kept[i - 1].B)
            {
                continue;
            }

            left.Add(kept[i].A);
            right.Add(kept[i].B);
            weight.Add(kept[i].W);
        }

        return new LinkGraph(recordCount, received, [.. left], [.. right], [.. weight]);
    }
}
