using Justice.Domain.Deliberation.Apportionment;

namespace Justice.Domain.Allocation.Comparison;

/// <summary>
/// <i>Répartition proportionnelle à la charge de travail</i>: the outcome of the literature's comparison method, a
/// divisor apportionment of the posts on one composite workload from the courts' current headcounts.
/// </summary>
/// <param name="Method">The divisor method (D'Hondt/Jefferson, Sainte-Laguë/Webster, Huntington–Hill).</param>
/// <param name="Basis">The headcount counted as seats already held.</param>
/// <param name="Totals">Posts per court, for every court, by court id (ordinal order); ineligible courts get none.</param>
/// <param name="Unallocated">Posts not placed (no eligible court with a workload, or a tie left unresolved).</param>
/// <param name="CapsExceeded">Courts that received more posts than their <see cref="Model.Court.MaxPosts"/>: divisor methods know no cap, so the comparison reports them instead of enforcing them.</param>
/// <param name="WorkloadScaleApproximated">Whether the composite workloads had to be divided by a common factor and rounded to fit the apportionment's vote limit (10^12); false means the votes are exactly proportional to the composite workloads.</param>
/// <param name="Apportionment">Deliberation's outcome, with its explanation (each court is a "list" named by its id, its votes the composite workload), or null when no eligible court has a workload.</param>
public sealed record WorkloadApportionmentOutcome(
    ApportionmentMethod Method,
    HeadcountBasis Basis,
    IReadOnlyDictionary<string, int> Totals,
    int Unallocated,
    IReadOnlyList<string> CapsExceeded,
    bool WorkloadScaleApproximated,
    ApportionmentOutcome? Apportionment);
