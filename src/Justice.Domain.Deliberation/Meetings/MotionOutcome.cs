using System.Collections.Immutable;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Résultat de la délibération</i>: the decision on a motion with everything that led to it: attendance, each
/// proxy accepted or excluded with its reason, the quorum, the majority, the tie rule when it applied, and the
/// explanation citing each article.
/// </summary>
/// <param name="Body">The body.</param>
/// <param name="Motion">The motion's title.</param>
/// <param name="Decision">Adopted, rejected, or no quorum.</param>
/// <param name="Attendance">The attendance counts.</param>
/// <param name="Proxies">Each proxy, accepted or excluded.</param>
/// <param name="Quorum">The quorum check.</param>
/// <param name="Majority">The majority check, or null when there was no quorum.</param>
/// <param name="TieApplied">True when yes equalled no and the tie rule decided.</param>
/// <param name="Draw">The drawing of lots, when one decided.</param>
/// <param name="Explanation">The rules applied, with their articles.</param>
public sealed record MotionOutcome(
    string Body,
    string Motion,
    MotionDecision Decision,
    AttendanceSummary Attendance,
    ImmutableArray<ProxyDecision> Proxies,
    QuorumCheck Quorum,
    MajorityCheck? Majority,
    bool TieApplied,
    LotDraw? Draw,
    ImmutableArray<ExplanationLine> Explanation)
{
    /// <summary>True when the motion was adopted.</summary>
    public bool Passed => Decision == MotionDecision.Adopted;

    /// <summary>The explanation as text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Explanations.Explanation.ToText(Body + " — " + Motion + ": " + Decision, Explanation);
}
