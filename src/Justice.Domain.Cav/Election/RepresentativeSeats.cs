using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Répartition des sièges</i> of the six representatives (Décret 2025-659, art. 14): electoral quotient = valid
/// votes ÷ titular seats to fill; each list gets as many seats as it contains the quotient; the remaining seats go
/// to the largest remainders; equal remainders go to the list with the most votes, then by drawing of lots.
/// </summary>
/// <remarks>
/// The arithmetic, the tie-break chain and the verifiable drawing of lots (RFC 3797) are the Deliberation engine's
/// (<see cref="SeatApportionment"/> with <see cref="ApportionmentMethod.LargestRemainderHare"/> and
/// <see cref="TieBreakChain.MostVotesThenLot"/>); this class only states the CAV rule. Without a drawing of lots,
/// a tie that votes do not break is reported unresolved (<see cref="ApportionmentOutcome.IsComplete"/> false):
/// the lot has not been drawn yet. Complexity: O(n log n) for n lists.
/// </remarks>
public static class RepresentativeSeats
{
    /// <summary>Allocates <paramref name="seats"/> titular seats among the lists.</summary>
    /// <param name="seats">The titular seats to fill, 1 or more (6 for a full renewal).</param>
    /// <param name="lists">Each admissible list with its valid votes.</param>
    /// <param name="lots">The drawing of lots for equal remainders and equal votes, or null to report such a tie unresolved.</param>
    /// <returns>The engine's outcome, citing Décret 2025-659, art. 14.</returns>
    /// <exception cref="ArgumentException">No list, a list without a name or twice, negative votes, no vote at all; the message names the list.</exception>
    public static ApportionmentOutcome Allocate(int seats, IEnumerable<ListVotes> lists, DrawingOfLots? lots)
    {
        Guard.Positive(seats);
        var tieBreak = lots is null
            ? TieBreakChain.Of(null, TieBreakStep.MostVotes(CavReferences.SeatAllocation))
            : TieBreakChain.MostVotesThenLot(lots, CavReferences.SeatAllocation);
        return SeatApportionment.Apportion(ApportionmentMethod.LargestRemainderHare, seats, lists, tieBreak, CavReferences.SeatAllocation);
    }
}
