using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Scoring;

namespace Justice.Samples.IdentityScale;

/// <summary>The blocking analysis of a file: counts per rule and, with a truth, the recall ceiling.</summary>
/// <param name="Records">Valid records blocked.</param>
/// <param name="Rejected">Rows rejected.</param>
/// <param name="Blocking">Per-rule pairs and capped blocks.</param>
/// <param name="Recall">True pairs blocked, per rule and lost to the cap, when a truth was given.</param>
/// <param name="RecallCeiling">The share of true pairs blocked, when a truth was given.</param>
internal sealed record BlockingAnalysisReport(int Records, int Rejected, BlockingReport Blocking, BlockingRecall? Recall, double? RecallCeiling);
