using Justice.Domain.Core;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Clustering;

/// <summary>
/// <i>Regroupement des paires</i>: turns scored pairs into clusters of records of one person, by connected
/// components (the reference, which chains) or by one of two methods that do not chain:
/// <see cref="ClusteringMethod.BestLink"/> and <see cref="ClusteringMethod.WeakLinkSplitting"/>.
/// </summary>
/// <remarks>
/// Every method first puts the edges in canonical form (each pair once, the highest weight kept), so the result
/// depends neither on the order of the edges nor on which record of a pair comes first, and is deterministic.
/// Cost: O(m log m + n) for n records and m edges; memory O(n + m).
/// </remarks>
internal static class PairClustering
{
    /// <summary>Clusters records with the given method.</summary>
    /// <param name="method">The clustering method.</param>
    /// <param name="recordCount">Number of records (indexes 0 to <paramref name="recordCount"/> − 1).</param>
    /// <param name="edges">Scored pairs; pairs below <paramref name="matchWeight"/> are ignored.</param>
    /// <param name="matchWeight">Weight from which a pair counts as a link (the match threshold, in bits).</param>
    /// <param name="confirmWeight">
    /// Weight from which a link is strong enough to hold two groups together on its own; used by
    /// <see cref="ClusteringMethod.WeakLinkSplitting"/> only, at least <paramref name="matchWeight"/>.
    /// </param>
    /// <param name="completeness">
    /// For best-link: how much each record says (its known fields), so that the most complete records become centres
    /// first; null to order by links alone.
    /// </param>
    /// <returns>The cluster of each record and a report.</returns>
    public static RecordClusters Cluster(ClusteringMethod method, int recordCount, IEnumerable<ScoredEdge> edges, double matchWeight, double confirmWeight, IReadOnlyList<int>? completeness = null)
    {
        Guard.Defined(method);
        return method switch
        {
            ClusteringMethod.BestLink => BestLink(recordCount, edges, matchWeight, completeness),
            ClusteringMethod.WeakLinkSplitting => WeakLinkSplitting(recordCount, edges, matchWeight, confirmWeight),
            _ => ConnectedComponents(recordCount, edges, matchWeight),
        };
    }

    /// <summary>
    /// Connected components of the links at or above <paramref name="matchWeight"/>: the reference method, which
    /// merges whole chains. The representative of a cluster is its smallest record index.
    /// </summary>
    /// <param name="recordCount">Number of records.</param>
    /// <param name="edges">Scored pairs.</param>
    /// <param name="matchWeight">The match threshold in bits.</param>
    /// <returns>The clusters.</returns>
    public static RecordClusters ConnectedComponents(int recordCount, IEnumerable<ScoredEdge> edges, double matchWeight)
    {
        var graph = LinkGraph.Build(recordCount, edges, matchWeight);
        var keep = new bool[graph.LinkCount];
        Array.Fill(keep, true);
        return Components(graph, keep, ClusteringMethod.ConnectedComponents, linksCut: 0);
    }

    /// <summary>
    /// Best-link clustering: records are taken from the most complete (when <paramref name="completeness"/> is given),
    /// then the best linked (most links at or above the threshold, then highest total weight, then smallest index);
    /// each one not yet placed becomes a centre and takes its unplaced neighbours; finally each member joins the centre
    /// it is most strongly linked to. Every member of a cluster therefore matches its centre directly: no chain
    /// A–B–C–D can merge A with D. Completeness first keeps a record that lacks a field (a birth date, say) from
    /// becoming the centre of everyone it cannot tell apart: POPESCU Ion with no birth date matches the POPESCU Ion born
    /// in 1980 and the one born in 2004, and, as a centre, would gather both.
    /// </summary>
    /// <param name="recordCount">Number of records.</param>
    /// <param name="edges">Scored pairs.</param>
    /// <param name="matchWeight">The match threshold in bits.</param>
    /// <param name="completeness">How much each record says (higher first), or null.</param>
    /// <returns>The clusters; the representative of a cluster is its centre.</returns>
    public static RecordClusters BestLink(int recordCount, IEnumerable<ScoredEdge> edges, double matchWeight, IReadOnlyList<int>? completeness = null)
    {
        var graph = LinkGraph.Build(recordCount, edges, matchWeight);
        var n = graph.RecordCount;
        var strength = new double[n];
        for (var e = 0; e < graph.LinkCount; e++)
        {
            strength[graph.Left[e]] += graph.Weight[e];
            strength[graph.Right[e]] += graph.Weight[e];
        }

        // Unlinked records (no degree, no strength) come last in index order, as the comparison puts them: only the
        // linked ones (a minority in a large file) are sorted.
        var order = new int[n];
        var linked = 0;
        for (var i = 0; i < n; i++)
        {
            if (graph.Degree(i) > 0)
            {
                order[linked++] = i;
            }
        }

        for (int i = 0, k = linked; i < n; i++)
        {
            if (graph.Degree(i) == 0)
            {
                order[k++] = i;
            }
        }

        // Sorted on a key per record (no comparison delegate): the keys are distinct (the index breaks ties).
        var keys = new LinkOrder[linked];
        for (var i = 0; i < linked; i++)
        {
            keys[i] = new LinkOrder(completeness?[order[i]] ?? 0, graph.Degree(order[i]), strength[order[i]], order[i]);
        }

        Array.Sort(keys, order, 0, linked);
        var rank = new int[n];
        for (var i = 0; i < n; i++)
        {
            rank[order[i]] = i;
        }

        var isCentre = new bool[n];
        var placed = new bool[n];
        foreach (var record in order)
        {
            if (placed[record])
            {
                continue;
            }

            placed[record] = true;
            isCentre[record] = true;
            for (var k = graph.Offsets[record]; k < graph.Offsets[record + 1]; k++)
            {
                placed[graph.Neighbours[k]] = true;
            }
        }

        var clusterOf = new int[n];
        long followed = 0;
        for (var record = 0; record < n; record++)
        {
            if (isCentre[record])
            {
                clusterOf[record] = record;
                continue;
            }

            var best = -1;
            var bestWeight = double.NegativeInfinity;
            for (var k = graph.Offsets[record]; k < graph.Offsets[record + 1]; k++)
            {
                var other = graph.Neighbours[k];
                if (!isCentre[other])
                {
                    continue;
                }

                var w = graph.Weight[graph.EdgeIds[k]];
                if (w > bestWeight || (w == bestWeight && rank[other] < rank[best]))
                {
                    best = other;
                    bestWeight = w;
                }
            }

            // A record that is not a centre was placed by a neighbouring centre, so best is never -1.
            clusterOf[record] = best;
            followed++;
        }

        return Finish(clusterOf, graph, ClusteringMethod.BestLink, graph.LinkCount - followed);
    }

    /// <summary>
    /// Weak-link splitting: connected components of the links at or above <paramref name="matchWeight"/>, after
    /// cutting every link that is a bridge (the only path between two groups) and weighs less than
    /// <paramref name="confirmWeight"/>. Groups held together by one review-band link are split; groups joined
    /// by several links, or by a strong one, stay together. The representative is the smallest record index.
    /// </summary>
    /// <param name="recordCount">Number of records.</param>
    /// <param name="edges">Scored pairs.</param>
    /// <param name="matchWeight">The match threshold in bits.</param>
    /// <param name="confirmWeight">The weight from which a single link may join two groups; at least <paramref name="matchWeight"/>.</param>
    /// <returns>The clusters.</returns>
    public static RecordClusters WeakLinkSplitting(int recordCount, IEnumerable<ScoredEdge> edges, double matchWeight, double confirmWeight)
    {
        Guard.Finite(matchWeight);
        Guard.Finite(confirmWeight);
        if (confirmWeight < matchWeight)
        {
            throw Guard.OutOfRange(nameof(confirmWeight), confirmWeight, "a weight at least matchWeight");
        }

        var graph = LinkGraph.Build(recordCount, edges, matchWeight);
        var bridges = Bridges(graph);
        var keep = new bool[graph.LinkCount];
        long cut = 0;
        for (var e = 0; e < keep.Length; e++)
        {
            keep[e] = !(bridges[e] && graph.Weight[e] < confirmWeight);
            if (!keep[e])
            {
                cut++;
            }
        }

        return Components(graph, keep, ClusteringMethod.WeakLinkSplitting, cut);
    }

    /// <summary>Marks the bridges of the graph (Tarjan, iterative so that long chains cannot overflow the stack).</summary>
    private static bool[] Bridges(LinkGraph graph)
    {
        var n = graph.RecordCount;
        var isBridge = new bool[graph.LinkCount];
        var discovery = new int[n];
        var low = new int[n];
        var cursor = new int[n];
        var parentEdge = new int[n];
        var stack = new Stack<int>();
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovery[root] != 0)
            {
                continue;
            }

            discovery[root] = low[root] = ++time;
            parentEdge[root] = -1;
            cursor[root] = graph.Offsets[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (cursor[v] < graph.Offsets[v + 1])
                {
                    var k = cursor[v]++;
                    var edge = graph.EdgeIds[k];
                    if (edge == parentEdge[v])
                    {
                        continue;
                    }

                    var w = graph.Neighbours[k];
                    if (discovery[w] == 0)
                    {
                        discovery[w] = low[w] = ++time;
                        parentEdge[w] = edge;
                        cursor[w] = graph.Offsets[w];
                        stack.Push(w);
                    }
                    else
                    {
                        low[v] = Math.Min(low[v], discovery[w]);
                    }

                    continue;
                }

                stack.Pop();
                if (parentEdge[v] >= 0)
                {
                    var e = parentEdge[v];
                    var parent = graph.Left[e] == v ? graph.Right[e] : graph.Left[e];
                    low[parent] = Math.Min(low[parent], low[v]);
                    if (low[v] > discovery[parent])
                    {
                        isBridge[e] = true;
                    }
                }
            }
        }

        return isBridge;
    }

    private static RecordClusters Components(LinkGraph graph, bool[] keep, ClusteringMethod method, long linksCut)
    {
        var parent = new int[graph.RecordCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var e = 0; e < graph.LinkCount; e++)
        {
            if (!keep[e])
            {
                continue;
            }

            var a = Root(parent, graph.Left[e]);
            var b = Root(parent, graph.Right[e]);
            if (a != b)
            {
                // The smaller index becomes the root, so the representative is the smallest member.
                if (a < b)
                {
                    parent[b] = a;
                }
                else
                {
                    parent[a] = b;
                }
            }
        }

        var clusterOf = new int[parent.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            clusterOf[i] = Root(parent, i);
        }

        return Finish(clusterOf, graph, method, linksCut);
    }

    private static int Root(int[] parent, int x)
    {
        var root = x;
        while (parent[root] != root)
        {
            root = parent[root];
        }

        while (parent[x] != root)
        {
            var next = parent[x];
            parent[x] = root;
            x = next;
        }

        return root;
    }

    private static RecordClusters Finish(int[] clusterOf, LinkGraph graph, ClusteringMethod method, long linksCut)
    {
        var size = new int[clusterOf.Length];
        foreach (var c in clusterOf)
        {
            size[c]++;
        }

        int clusters = 0, singletons = 0, largest = 0;
        foreach (var s in size)
        {
            if (s == 0)
            {
                continue;
            }

            clusters++;
            singletons += s == 1 ? 1 : 0;
            largest = Math.Max(largest, s);
        }

        var report = new ClusteringReport(method, clusterOf.Length, graph.EdgesReceived, graph.LinkCount, linksCut, clusters, singletons, largest);
        return new RecordClusters(clusterOf, report);
    }

    /// <summary>Best-link order: more complete first, then higher degree, then higher total weight, then lower index.</summary>
    private readonly record struct LinkOrder(int Completeness, int Degree, double Strength, int Index) : IComparable<LinkOrder>
    {
        public int CompareTo(LinkOrder other)
        {
            var byCompleteness = other.Completeness.CompareTo(Completeness);
            if (byCompleteness != 0)
            {
                return byCompleteness;
            }

            var byDegree = other.Degree.CompareTo(Degree);
            if (byDegree != 0)
            {
                return byDegree;
            }

            var byStrength = other.Strength.CompareTo(Strength);
            return byStrength != 0 ? byStrength : Index.CompareTo(other.Index);
        }
    }
}
