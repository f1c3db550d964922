using BenchmarkDotNet.Attributes;
using Justice.Domain.Allocation;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Benchmarks.Allocation;

/// <summary>
/// The incremental allocator at scale: 10,000 synthetic courts, 5,000 and 10,000 posts. The reference allocator is not
/// in this class: at this size it sorts 7 × 10,000 courts before each of the 10,000 posts (about 10^10 comparisons,
/// many minutes per invocation); its ratio is measured in <see cref="AllocationBenchmarks"/> (1,000 × 1,000). The two
/// post counts show that the memory allocated grows with the posts only by the result's entries.
/// </summary>
[MemoryDiagnoser]
public class AllocationScaleBenchmarks
{
    private static readonly PostAllocator Production = new();
    private AllocationProblem problem = null!;

    /// <summary>The number of posts.</summary>
    [Params(5_000, 10_000)]
    public int Posts { get; set; }

    /// <summary>Builds and validates 10,000 synthetic courts.</summary>
    [GlobalSetup]
    public void Setup() =>
        problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create(10_000, Posts)).GetProblemOrThrow();

    /// <summary>The incremental allocator.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AllocationResult IncrementalAllocator() => Production.Allocate(problem);
}
