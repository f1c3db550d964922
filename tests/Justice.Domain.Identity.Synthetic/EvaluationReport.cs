using Justice.Domain.Identity.Evaluation;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>The figures of one evaluation run.</summary>
/// <param name="Dataset">The dataset name.</param>
/// <param name="Records">Records matched.</param>
/// <param name="CandidatePairs">Pairs compared after blocking.</param>
/// <param name="Metrics">Pairwise precision, recall, F1 of the automatic matches.</param>
/// <param name="ReviewPairs">Pairs in the review band.</param>
/// <param name="ReviewRecords">Distinct records in a review pair.</param>
/// <param name="TrainSeconds">Seconds spent training (unsupervised).</param>
/// <param name="MatchSeconds">Seconds spent preparing, blocking, scoring and clustering.</param>
public sealed record EvaluationReport(string Dataset, int Records, long CandidatePairs, PairwiseMetrics Metrics, int ReviewPairs, int ReviewRecords, double TrainSeconds, double MatchSeconds)
{
    /// <summary>Share of records with a pair in the review band.</summary>
    public double ReviewShare => Records == 0 ? 0 : (double)ReviewRecords / Records;
}
