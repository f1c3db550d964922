using FsCheck.Xunit;
using Justice.Domain.Allocation.Data;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Validation;

namespace Justice.Domain.Allocation.Tests.Ranking;

public class AllocateCourtsTests
{
    private static readonly PostAllocator Production = new();

    [Property(Arbitrary = [typeof(AllocateCourtsTests)], MaxTest = 200)]
    public bool AllocateCourts_OneWorkspaceOverRandomProblems_SameCourtsAsAllocate(AllocationGenerators.Spec[] specs)
    {
        var workspace = new AllocationWorkspace();
        foreach (var spec in specs)
        {
            var problem = spec.ToProblem();
            var courts = new int[problem.Posts];
            var count = PostAllocator.AllocateCourts(problem, workspace, courts);
            var expected = Production.Allocate(problem);
            if (count != expected.Allocations.Count
                || !courts.Take(count).Select(i => problem.Courts[i].Id).SequenceEqual(expected.Allocations.Select(a => a.CourtId)))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void AllocateCourts_RepeatedCallWithAWorkspace_AllocatesNothing()
    {
        var problem = AllocationRequestValidator.Validate(SyntheticNationalDataset.Create() with { Posts = 50 }).GetProblemOrThrow();
        var workspace = new AllocationWorkspace();
        var courts = new int[50];
        PostAllocator.AllocateCourts(problem, workspace, courts);
        PostAllocator.AllocateCourts(problem, workspace, courts);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = PostAllocator.AllocateCourts(problem, workspace, courts);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(50, count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void AllocateCourts_SpanTooShort_ThrowsNamingTheArgument()
    {
        var problem = WorkedExample.Problem();
        var error = Assert.Throws<ArgumentException>(() => PostAllocator.AllocateCourts(problem, new AllocationWorkspace(), new int[3]));
        Assert.Equal("courtOfPost", error.ParamName);
    }

    /// <summary>A few random problems in a row (often of the same size, so that the workspace is reused).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AllocationGenerators.Spec[]> Specs() =>
        Gen.Choose(1, 4).SelectMany(count => AllocationGenerators.Specs(maxCourts: 4).ArrayOf(count)).ToArbitrary();
}
