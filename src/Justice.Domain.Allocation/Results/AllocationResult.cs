using Justice.Domain.Allocation.Model;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Results;

/// <summary>
/// <i>Localisation des emplois</i>: the outcome of an allocation: every post in order with its explanation (the audit
/// trail), the number of posts per court, the posts no court could take and why, and the general order at the end.
/// </summary>
/// <param name="PostsRequested">The posts asked for.</param>
/// <param name="TieConvention">The tie convention used.</param>
/// <param name="Allocations">Every allocated post, in order.</param>
/// <param name="Totals">Posts per court, for every court, by court id (ordinal order).</param>
/// <param name="Unallocated">Posts no court could take.</param>
/// <param name="UnallocatedReason">Why, or null when every post was placed.</param>
/// <param name="FinalRanking">Every court in the general order after the last post.</param>
public sealed record AllocationResult(
    int PostsRequested,
    TieConvention TieConvention,
    IReadOnlyList<PostAllocation> Allocations,
    IReadOnlyDictionary<string, int> Totals,
    int Unallocated,
    UnallocatedReason? UnallocatedReason,
    IReadOnlyList<CourtStanding> FinalRanking)
{
    /// <summary>The method: Circ. SJ 00-124, annexe I, 1 ("Méthodologie de la répartition des emplois de magistrats").</summary>
    public static LegalReference Reference { get; } =
        LegalReference.Annex(LegalText.Circular2000_124, "I", "1, Méthodologie de la répartition des emplois de magistrats");
}
