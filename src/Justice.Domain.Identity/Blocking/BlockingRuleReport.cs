using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
namespace Justice.Domain.Identity.Blocking;

/// <summary><i>Bilan d'une règle de blocage</i>: what one rule contributes, in counts only (no personal data).</summary>
/// <param name="Rule">The rule's description.</param>
/// <param name="KeyedRecords">Records that have a key for this rule (the others lack a field the rule needs).</param>
/// <param name="Blocks">Blocks (distinct keys) holding two records or more.</param>
/// <param name="Pairs">Pairs formed by the rule's blocks within the cap, before removing pairs found by earlier rules.</param>
/// <param name="NewPairs">Pairs that no earlier rule formed: the rule's own contribution to the union.</param>
/// <param name="CappedBlocks">Blocks larger than the cap, not compared by this rule.</param>
/// <param name="CappedRecords">Records in those blocks.</param>
/// <param name="CappedPairs">Pairs those blocks would have formed (some may be formed by another rule).</param>
/// <param name="LargestBlock">Size of the largest block, capped or not.</param>
public sealed record BlockingRuleReport(
    string Rule,
    int KeyedRecords,
    int Blocks,
    long Pairs,
    long NewPairs,
    int CappedBlocks,
    long CappedRecords,
    long CappedPairs,
    int LargestBlock);
