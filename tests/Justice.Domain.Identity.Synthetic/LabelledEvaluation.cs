using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Synthetic;

/// <summary>
/// The figures of a deduplication measured against a truth: overall and per corruption class, the false positives
/// among hard non-matches, the candidate pairs and the recall ceilings left when one identifying field is lost.
/// </summary>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="Records">Records in the output (deduplicated).</param>
/// <param name="LabelledRecords">Records in the truth.</param>
/// <param name="MissingFromOutput">Records of the truth that are not in the output (rejected rows): their true pairs count as missed.</param>
/// <param name="CandidatePairs">Distinct pairs formed by blocking and compared.</param>
/// <param name="ReviewPairs">Pairs in the review band.</param>
/// <param name="Overall">The figures over all pairs.</param>
/// <param name="Classes">The figures per corruption class, in class order (empty when the records carry no class).</param>
/// <param name="HardNonMatches">False positives per hard non-match kind (empty when the truth names none).</param>
/// <param name="FieldLoss">The recall ceiling left when one record of each true pair loses each identifying field.</param>
/// <param name="Seconds">Seconds of the deduplication (reading, preparing, training, blocking, scoring, clustering).</param>
public sealed record LabelledEvaluation(
    string Dataset,
    int Records,
    int LabelledRecords,
    int MissingFromOutput,
    long CandidatePairs,
    long ReviewPairs,
    PairFigures Overall,
    IReadOnlyList<PairFigures> Classes,
    IReadOnlyList<HardNonMatchFigures> HardNonMatches,
    IReadOnlyList<FieldLossRecall> FieldLoss,
    double Seconds)
{
    /// <summary>Gets the candidate pairs per record in the output.</summary>
    public double CandidatePairsPerRecord => Records == 0 ? 0 : (double)CandidatePairs / Records;
}
