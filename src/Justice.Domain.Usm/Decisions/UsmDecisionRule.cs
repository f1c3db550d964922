using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Bodies;

namespace Justice.Domain.Usm.Decisions;

/// <summary>
/// <i>Règle de décision</i>: one decision of the catalogue: the body that takes it, the engine's rules (quorum, majority,
/// proxies, tie) built from the articles, the articles, and the readings made where the text is silent.
/// </summary>
/// <param name="Decision">The decision.</param>
/// <param name="Body">The body deciding.</param>
/// <param name="Title">What is decided, in words.</param>
/// <param name="Rules">The rules handed to the Deliberation engine.</param>
/// <param name="References">The articles.</param>
/// <param name="Readings">What the text leaves open and how it is read here (empty when nothing is).</param>
public sealed record UsmDecisionRule(
    UsmDecision Decision,
    UsmBody Body,
    string Title,
    MeetingRules Rules,
    IReadOnlyList<LegalReference> References,
    IReadOnlyList<string> Readings);
