namespace Justice.Domain.Allocation.Results;

/// <summary><i>Rang et charge sur un critère</i>: a court's load and rank on one criterion at one moment of the allocation.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Rank">The rank among all courts (1 is the heaviest load for a descending criterion; x.5 under fractional ranking).</param>
/// <param name="Load">The load: the average per corrected magistrate (per-magistrate criteria) or the average. For display: ranks come from exact integer ratios, never from this double.</param>
public readonly record struct CriterionStanding(string CriterionId, decimal Rank, double Load);
