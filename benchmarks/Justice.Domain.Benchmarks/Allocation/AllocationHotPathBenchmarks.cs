using BenchmarkDotNet.Attributes;
using Justice.Domain.Allocation;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Benchmarks.Allocation;

/// <summary>
/// The allocation's hot path on the synthetic national dataset (164 courts, 7 criteria, 50 posts), in one run so that
/// every figure is a ratio to the reference allocator whatever the machine's speed at the moment: the reference
/// (baseline), the incremental allocator with its audit trail, the courts only with a workspace the caller reuses
/// (the path of a sensitivity study, 0 B per call), and one perturbed run of a sensitivity study (figures perturbed
/// then allocated, measured per run over blocks of 64 runs on one thread).
/// </summary>
[MemoryDiagnoser]
public class AllocationHotPathBenchmarks
{
    private static readonly ReferencePostAllocator Reference = new();
    private static readonly PostAllocator Production = new();
    private readonly AllocationWorkspace workspace = new();
    private readonly int[] courts = new int[50];
    private AllocationProblem problem = null!;
    private SensitivityStudy study = null!;

    /// <summary>Builds and validates the dataset and the study.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var request = SyntheticNationalDataset.Create() with { Posts = 50 };
        problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
        study = SensitivityStudy.Prepare(request, new Perturbation { Noise = 0.03m }, new SensitivityOptions(64, 1) { MaxDegreeOfParallelism = 1 }).GetStudyOrThrow();
    }

    /// <summary>The reference allocator.</summary>
    /// <returns>The result.</returns>
    [Benchmark(Baseline = true)]
    public AllocationResult ReferenceAllocator() => Reference.Allocate(problem);

    /// <summary>The incremental allocator, audit trail and final ranking included.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AllocationResult IncrementalAllocator() => Production.Allocate(problem);

    /// <summary>The courts of the posts only, with a reused workspace.</summary>
    /// <returns>The posts placed.</returns>
    [Benchmark]
    public int CourtsWithWorkspace() => PostAllocator.AllocateCourts(problem, workspace, courts);

    /// <summary>A sensitivity study of 64 perturbed runs (noise 0.03) on one thread; the figure per run is this ÷ 64.</summary>
    /// <returns>The result.</returns>
    [Benchmark(OperationsPerInvoke = 64)]
    public SensitivityResult PerturbedRun() => study.Run();
}
