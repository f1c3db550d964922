using BenchmarkDotNet.Attributes;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Benchmarks.Deliberation;

/// <summary>
/// Divisor apportionment of 10,000 seats among 1,000 lists: the heap of <see cref="SeatApportionment.Apportion"/>
/// (O(n + s log n)) against the naive scan of every list for every seat (O(s × n)), the reference implementation.
/// </summary>
[MemoryDiagnoser]
public class SeatApportionmentBenchmarks
{
    private ListVotes[] lists = null!;

    /// <summary>The divisor method.</summary>
    [Params(ApportionmentMethod.DHondt, ApportionmentMethod.HuntingtonHill)]
    public ApportionmentMethod Divisor { get; set; }

    /// <summary>Builds 1,000 lists with distinct pseudo-random votes (fixed seed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1958);
        lists = Enumerable.Range(0, 1000).Select(i => new ListVotes("L" + i, (random.Next(1, 1_000_000) * 1000L) + i)).ToArray();
    }

    /// <summary>Naive scan (reference).</summary>
    /// <returns>Seats of the first list.</returns>
    [Benchmark(Baseline = true)]
    public int NaiveScan() => SeatApportionment.ApportionNaive(Divisor, 10_000, lists, TieBreakChain.Unresolved).Lists[0].Seats;

    /// <summary>Binary heap.</summary>
    /// <returns>Seats of the first list.</returns>
    [Benchmark]
    public int Heap() => SeatApportionment.Apportion(Divisor, 10_000, lists, TieBreakChain.Unresolved).Lists[0].Seats;
}
