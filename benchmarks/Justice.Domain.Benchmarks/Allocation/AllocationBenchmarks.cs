using BenchmarkDotNet.Attributes;
using Justice.Domain.Allocation;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Benchmarks.Allocation;

/// <summary>
/// Weighted-rank allocation (Circ. SJ 00-124, annexe I, 1): the reference allocator (full recomputation before each
/// post) against the incremental one, on the synthetic national dataset (164 courts, 7 criteria, 50 posts) and on
/// 1,000 synthetic courts with 1,000 posts. Validation is done once in the setup; each benchmark is one whole allocation.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private static readonly ReferencePostAllocator Reference = new();
    private static readonly PostAllocator Production = new();
    private AllocationProblem problem = null!;

    /// <summary>The scenario: "164x50" (realistic) or "1000x1000".</summary>
    [Params("164x50", "1000x1000")]
    public string Scenario { get; set; } = "164x50";

    /// <summary>Builds and validates the dataset.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var request = Scenario == "164x50"
            ? SyntheticNationalDataset.Create() with { Posts = 50 }
            : SyntheticNationalDataset.Create(1_000, 1_000);
        problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
    }

    /// <summary>The reference allocator.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public AllocationResult ReferenceAllocator() => Reference.Allocate(problem);

    /// <summary>The incremental allocator.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AllocationResult IncrementalAllocator() => Production.Allocate(problem);
}
