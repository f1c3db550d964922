using Justice.Domain.Allocation.Results;

namespace Justice.Domain.Allocation.Ranking;

/// <summary><i>Répartition des emplois</i>: allocates the posts of a validated problem one at a time by weighted rank (Circ. SJ 00-124, annexe I, 1).</summary>
public interface IPostAllocator
{
    /// <summary>Allocates <see cref="AllocationProblem.Posts"/> posts.</summary>
    /// <param name="problem">The validated problem.</param>
    /// <returns>The allocation with its audit trail.</returns>
    AllocationResult Allocate(AllocationProblem problem);
}
