using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;
namespace Justice.Domain.Identity.Blocking;

/// <summary>
/// <i>Plafond de rappel sans un champ</i>: on labelled data, how many true pairs still share a blocking key when one
/// record of each pair loses <see cref="Field"/> (left empty), as happens when a source does not record it.
/// </summary>
/// <param name="Field">The identifying field removed (a compared field's name).</param>
/// <param name="RulesNotReadingIt">How many rules do not read the field: the rules a pair then rests on.</param>
/// <param name="TruePairs">The true pairs tried.</param>
/// <param name="TruePairsStillBlocked">Those that still share a key of some rule with the field removed on one side.</param>
public sealed record FieldLossRecall(string Field, int RulesNotReadingIt, long TruePairs, long TruePairsStillBlocked)
{
    /// <summary>Gets the recall ceiling left: still blocked over tried (1 when no pair was tried).</summary>
    public double RecallCeiling => TruePairs == 0 ? 1.0 : (double)TruePairsStillBlocked / TruePairs;
}
