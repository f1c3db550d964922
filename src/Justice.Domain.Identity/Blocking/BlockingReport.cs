using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Scoring;
namespace Justice.Domain.Identity.Blocking;

/// <summary><i>Bilan du blocage</i>: the candidate pairs of all rules unioned, and what each rule and the cap did.</summary>
/// <param name="RecordCount">Records blocked.</param>
/// <param name="MaxBlockSize">The cap: blocks with more records are not compared (and are reported).</param>
/// <param name="DistinctPairs">Pairs compared: the union of the rules' pairs, each once.</param>
/// <param name="Rules">One report per rule, in rule order.</param>
public sealed record BlockingReport(int RecordCount, int MaxBlockSize, long DistinctPairs, IReadOnlyList<BlockingRuleReport> Rules)
{
    /// <summary>Gets the number of blocks left out by the cap, over all rules.</summary>
    public int CappedBlocks => Rules.Sum(r => r.CappedBlocks);
}
