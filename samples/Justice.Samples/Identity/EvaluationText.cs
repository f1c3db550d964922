using System.Globalization;
using Justice.Domain.Identity.Synthetic;

namespace Justice.Samples.Identity;

/// <summary>The text of <c>identity evaluate</c> on civil-status records: Markdown tables, ready for docs/identity/evaluation.md.</summary>
internal static class EvaluationText
{
    /// <summary>The report's lines.</summary>
    /// <param name="e">The evaluation.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> Lines(LabelledEvaluation e)
    {
        yield return Invariant($"{e.Dataset}: {e.Records:N0} records deduplicated ({e.LabelledRecords:N0} labelled, {e.MissingFromOutput:N0} missing from the output), {e.CandidatePairs:N0} candidate pairs ({e.CandidatePairsPerRecord:F2} per record), {e.ReviewPairs:N0} review-band pairs, {e.Seconds:F1} s");
        yield return string.Empty;
        yield return "| pairs | true pairs | blocking recall ceiling | precision | recall | F1 | false-positive pairs |";
        yield return "| --- | ---: | ---: | ---: | ---: | ---: | ---: |";
        foreach (var f in e.Classes.Prepend(e.Overall))
        {
            yield return Invariant($"| {(f == e.Overall ? "**overall**" : f.Name)} | {f.TruePairs:N0} | {f.RecallCeiling:F4} | {f.Precision:F4} | {f.Recall:F4} | {f.F1:F4} | {f.FalsePositives:N0} |");
        }

        if (e.HardNonMatches.Count > 0)
        {
            yield return string.Empty;
            yield return "| hard non-match | look-alike persons | record pairs | false-positive pairs | share merged |";
            yield return "| --- | ---: | ---: | ---: | ---: |";
            foreach (var h in e.HardNonMatches)
            {
                yield return Invariant($"| {h.Kind} | {h.PersonPairs:N0} | {h.RecordPairs:N0} | {h.FalsePositivePairs:N0} | {h.FalsePositiveShare:F4} |");
            }

            yield return Invariant($"| **all false positives** | | | {e.Overall.FalsePositives:N0} | |");
        }

        yield return string.Empty;
        yield return "| field lost on one record of each true pair | rules not reading it | true pairs | still blocked | recall ceiling |";
        yield return "| --- | ---: | ---: | ---: | ---: |";
        foreach (var f in e.FieldLoss)
        {
            yield return Invariant($"| {f.Field} | {f.RulesNotReadingIt} | {f.TruePairs:N0} | {f.TruePairsStillBlocked:N0} | {f.RecallCeiling:F4} |");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
