using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
namespace Justice.Domain.Identity.Scoring;

/// <summary>
/// <i>Évaluateur de paires</i>: the match weight of two records named by index. Implementations must be pure and
/// safe to call from many threads at once (read-only state), because bulk scoring calls them in parallel.
/// Implement it on a struct so that the bulk loop is specialised and inlined.
/// </summary>
internal interface IPairScorer
{
    /// <summary>The match weight of a pair, in bits.</summary>
    /// <param name="left">Index of the first record.</param>
    /// <param name="right">Index of the second record.</param>
    /// <returns>The weight.</returns>
    double Weight(int left, int right);
}
