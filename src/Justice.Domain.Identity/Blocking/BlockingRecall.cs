using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// <i>Plafond de rappel du blocage</i>: on labelled data, the share of true pairs (two records of one person)
/// that the blocking rules let through to comparison. No scorer can find a pair that blocking never formed,
/// so this is the highest recall any model can reach with these rules and this cap.
/// </summary>
/// <param name="TruePairs">Pairs of records labelled as the same person (across sources in a linkage).</param>
/// <param name="TruePairsBlocked">True pairs formed by at least one rule within the cap.</param>
/// <param name="TruePairsLostToCap">True pairs that share a key only in blocks left out by the cap.</param>
/// <param name="TruePairsByRule">For each rule, in rule order, the true pairs it forms within the cap (a pair may count for several rules).</param>
public sealed record BlockingRecall(long TruePairs, long TruePairsBlocked, long TruePairsLostToCap, IReadOnlyList<long> TruePairsByRule)
{
    /// <summary>Gets the recall ceiling: blocked true pairs over true pairs (1 when there is no true pair).</summary>
    public double RecallCeiling => TruePairs == 0 ? 1.0 : (double)TruePairsBlocked / TruePairs;
}
