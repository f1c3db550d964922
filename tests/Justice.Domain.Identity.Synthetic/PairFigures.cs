namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// Pairwise figures of one group of pairs: all of them, or those of a corruption class (a true pair belongs to a class
/// when either of its records carries it; so does a predicted pair).
/// </summary>
/// <param name="Name">The group: <c>overall</c>, or the corruption class.</param>
/// <param name="TruePairs">True pairs (two records of one person) in the group, records missing from the output included.</param>
/// <param name="TruePairsBlocked">True pairs that the blocking rules form within the block cap.</param>
/// <param name="PredictedPairs">Pairs of records put in one cluster, in the group.</param>
/// <param name="TruePositives">True pairs put in one cluster.</param>
public sealed record PairFigures(string Name, long TruePairs, long TruePairsBlocked, long PredictedPairs, long TruePositives)
{
    /// <summary>Gets the blocking recall ceiling: true pairs blocked over true pairs (1 when there is none).</summary>
    public double RecallCeiling => TruePairs == 0 ? 1 : (double)TruePairsBlocked / TruePairs;

    /// <summary>Gets the precision: true positives over predicted pairs (1 when none is predicted).</summary>
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePositives / PredictedPairs;

    /// <summary>Gets the recall: true positives over true pairs (1 when there is none).</summary>
    public double Recall => TruePairs == 0 ? 1 : (double)TruePositives / TruePairs;

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Gets the false-positive pairs: predicted pairs of two different persons.</summary>
    public long FalsePositives => PredictedPairs - TruePositives;
}
