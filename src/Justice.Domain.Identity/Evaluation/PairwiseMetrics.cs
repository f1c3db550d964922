namespace Justice.Domain.Identity.Evaluation;

/// <summary><i>Mesures par paires</i>: pairwise precision, recall and F1 of a clustering against the truth.</summary>
/// <param name="TruePositives">Pairs clustered together that are the same person.</param>
/// <param name="FalsePositives">Pairs clustered together that are different persons.</param>
/// <param name="FalseNegatives">Pairs of the same person left apart.</param>
public sealed record PairwiseMetrics(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing is predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when there is nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
