using BenchmarkDotNet.Attributes;
using Justice.Domain.Identity.Clustering;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Benchmarks.IdentityScale;

/// <summary>
/// Clustering 1,000,000 records from about 1,000,000 scored edges (groups of 1 to 5 records linked by strong and
/// review-band edges, plus random weak cross links): connected components (reference) against the two methods
/// that do not chain.
/// </summary>
[MemoryDiagnoser]
public class PairClusteringBenchmarks
{
    private const int Records = 1_000_000;
    private const double Match = 3;
    private const double Confirm = 12;
    private ScoredEdge[] edges = null!;

    /// <summary>Draws the edges.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        var list = new List<ScoredEdge>();
        for (var start = 0; start < Records;)
        {
            var size = Math.Min(Records - start, 1 + random.Next(5));
            for (var a = start; a < start + size; a++)
            {
                for (var b = a + 1; b < start + size; b++)
                {
                    list.Add(new ScoredEdge(a, b, random.Next(10) == 0 ? 5 : 20));
                }
            }

            if (random.Next(4) == 0)
            {
                list.Add(new ScoredEdge(start, random.Next(Records), 4 + random.Next(6)));
            }

            start += size;
        }

        edges = [.. list.Where(e => e.Left != e.Right)];
    }

    /// <summary>Connected components (reference; chains).</summary>
    /// <returns>The number of clusters.</returns>
    [Benchmark(Baseline = true)]
    public int ConnectedComponents() => PairClustering.ConnectedComponents(Records, edges, Match).Report.ClusterCount;

    /// <summary>Best-link clustering.</summary>
    /// <returns>The number of clusters.</returns>
    [Benchmark]
    public int BestLink() => PairClustering.BestLink(Records, edges, Match).Report.ClusterCount;

    /// <summary>Weak-link splitting.</summary>
    /// <returns>The number of clusters.</returns>
    [Benchmark]
    public int WeakLinkSplitting() => PairClustering.WeakLinkSplitting(Records, edges, Match, Confirm).Report.ClusterCount;
}
