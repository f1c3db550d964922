using Justice.Domain.Identity.Preparation;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Linkage;

/// <summary>
/// <i>Résultat d'un traitement de masse</i>: the records kept (prepared, without their text), what each input gave, the
/// model used and the clusters and scored pairs of <see cref="BulkLinkage"/>. Every valid record appears in
/// <see cref="Matching"/>'s clusters, a singleton at least.
/// </summary>
/// <param name="Records">The valid records in input order (in a linkage, the first input's then the second's): <c>Records[i].Id</c> is the id of cluster index <c>i</c>.</param>
/// <param name="LeftCount">In a linkage, the number of records of the first input; 0 in a deduplication.</param>
/// <param name="Inputs">What each input gave: one summary in a deduplication, two in a linkage.</param>
/// <param name="Model">The model used, given or trained.</param>
/// <param name="ModelTrained">Whether <paramref name="Model"/> was trained on the input.</param>
/// <param name="Matching">The clusters, the blocking report and the match- and review-band pairs, by index into <paramref name="Records"/>.</param>
public sealed record BulkRunResult(
    IReadOnlyList<PreparedRecord> Records,
    int LeftCount,
    IReadOnlyList<BulkInputSummary> Inputs,
    MatchModel Model,
    bool ModelTrained,
    BulkResult Matching);
