using System.Runtime.Intrinsics;
using FsCheck.Xunit;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Model;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Sensitivity;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class SeparatedLoadsAllocatorTests
{
    private static readonly ReferencePostAllocator Reference = new();

    [Property(Arbitrary = [typeof(SeparatedLoadsAllocatorTests)], MaxTest = 400)]
    public bool TryAllocate_RandomProblemsWithTies_SameCourtsAsTheReference(AllocationGenerators.Spec spec)
    {
        // Small integer figures: two unequal loads differ by far more than the tolerance, so every tie is exact and the
        // allocator never declines.
        var problem = spec.ToProblem();
        var allocator = Create(problem);
        var courts = new int[problem.Posts];
        if (!allocator.TryAllocate(problem.Compiled, problem.Posts, courts, out var placed))
        {
            return false;
        }

        return courts.Take(placed).Select(i => problem.Courts[i].Id).SequenceEqual(Reference.Allocate(problem).Allocations.Select(a => a.CourtId));
    }

    [Fact]
    public void TryAllocate_ExactTiesOnEveryCriterion_SettlesThemLikeTheReference()
    {
        // Equal loads on both criteria (equal figures per magistrate), both tie conventions: the ties are exact, so the
        // allocator keeps them instead of declining.
        foreach (var convention in new[] { TieConvention.Competition, TieConvention.Fractional })
        {
            var request = WorkedExample.Request() with { TieConvention = convention, Posts = 6 };
            request = request with
            {
                Courts = request.Courts.Select(c => c with
                {
                    NonSpecialized = 10,
                    Specialized = 0,
                    Values = c.Values.ToDictionary(v => v.Key, v => (IReadOnlyList<decimal>)[300m], StringComparer.Ordinal),
                }).ToArray(),
            };
            var problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();
            var courts = new int[problem.Posts];

            Assert.True(Create(problem).TryAllocate(problem.Compiled, problem.Posts, courts, out var placed));
            Assert.Equal(Reference.Allocate(problem).Allocations.Select(a => a.CourtId), courts.Take(placed).Select(i => problem.Courts[i].Id));
        }
    }

    [Fact]
    public void TryAllocate_PerturbedNationalDataset_NeverDeclinesAndMatchesTheReference()
    {
        var request = SyntheticNationalDataset.Create() with { Posts = 50 };
        var study = SensitivityStudy.Prepare(request, new Perturbation { Noise = 0.03m }, new SensitivityOptions(1, 11)).GetStudyOrThrow();
        var allocator = Create(study.RunProblem);
        var courts = new int[50];
        for (var run = 0; run < 40; run++)
        {
            var problem = AllocationRequestValidator.Validate(study.PerturbedRequest(run)).GetProblemOrThrow();

            Assert.True(allocator.TryAllocate(problem.Compiled, 50, courts, out var placed), $"run {run} declined");
            Assert.Equal(Reference.Allocate(problem).Allocations.Select(a => a.CourtId), courts.Take(placed).Select(i => problem.Courts[i].Id));
        }
    }

    [Fact]
    public void TryAllocate_LoadsCloserThanTheToleranceButUnequal_Declines()
    {
        // 10^12 and 10^12 + 1 cases for the same headcount: a relative gap of 10^-12, within the tolerance (4 × 10^-12),
        // which only the exact comparison can settle.
        var request = WorkedExample.Request() with { Posts = 2 };
        var id = request.Criteria[0].Id;
        request = request with
        {
            Courts = request.Courts.Select((c, i) => c with
            {
                NonSpecialized = 10,
                Specialized = 0,
                Values = c.Values.ToDictionary(v => v.Key, v => (IReadOnlyList<decimal>)[v.Key == id ? 1_000_000_000_000m - (i % 2) : 100m + i], StringComparer.Ordinal),
            }).ToArray(),
        };
        var problem = AllocationRequestValidator.Validate(request).GetProblemOrThrow();

        Assert.False(Create(problem).TryAllocate(problem.Compiled, 2, new int[2], out _));
    }

    /// <summary>Random problems with many ties (equal figures, zero figures, zero weights, caps).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AllocationGenerators.Spec> Specs() => AllocationGenerators.Specs(maxCourts: 14).ToArbitrary();

    private static SeparatedLoadsAllocator Create(AllocationProblem problem)
    {
        Assert.True(Vector256.IsHardwareAccelerated, "the machine that runs the tests accelerates 256-bit vectors");
        return SeparatedLoadsAllocator.Create(problem.Compiled) ?? throw new InvalidOperationException("weights this small always fit");
    }
}
