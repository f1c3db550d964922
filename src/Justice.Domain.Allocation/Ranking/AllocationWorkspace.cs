namespace Justice.Domain.Allocation.Ranking;

/// <summary>
/// <i>Espace de travail d'une répartition</i>: the working arrays of <see cref="PostAllocator"/> (orders, keys, rank sums
/// and the like: about 12 bytes per court and criterion plus 60 per court), kept by the caller so that repeated
/// allocations of problems of one size allocate nothing (<see cref="PostAllocator.AllocateCourts(AllocationProblem, AllocationWorkspace, Span{int})"/>).
/// Nothing that depends on a problem is cached: every call sorts and ranks afresh, but each sort starts from the
/// order the previous call found, so that a call on figures close to the last one's (a sensitivity study's perturbed
/// runs, the same problem again) sorts in about linear time. Results never depend on it. Not thread-safe: one workspace
/// per thread. A problem of another size replaces the arrays.
/// </summary>
public sealed class AllocationWorkspace
{
    private PostAllocator.IncrementalState? state;

    /// <summary>The state for <paramref name="data"/>, set up for it (the arrays are reused when the size matches).</summary>
    internal PostAllocator.IncrementalState StateFor(CompiledCourts data)
    {
        if (state is null || !state.Fits(data.CourtCount, data.CriterionCount))
        {
            state = new PostAllocator.IncrementalState(data.CourtCount, data.CriterionCount);
        }

        return state.Begin(data);
    }

    /// <summary>
    /// From now on, every sort starts from the orders of the last problem this workspace served (a sensitivity study
    /// primes it with the unperturbed figures: each perturbed run is then closer to them than to the previous run) until
    /// a problem of another size comes. Results never depend on it.
    /// </summary>
    internal void KeepStartOrders()
    {
        if (state is not null)
        {
            state.StartOrdersKept = true;
        }
    }
}
