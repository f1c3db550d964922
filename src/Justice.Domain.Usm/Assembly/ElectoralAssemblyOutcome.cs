using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Usm.Elections;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Résultat de l'assemblée générale électorale</i>: every proxy, candidacy and ballot decision with its reason, the
/// polling bureau, the voters, the election of the president and of the council (reserved seats shown), and the
/// explanation of each step.
/// </summary>
/// <param name="Opening">The opening day, ISO.</param>
/// <param name="Vote">The day of the vote, ISO.</param>
/// <param name="AttendanceIssues">Names on the attendance list that are not members on the eve of the vote.</param>
/// <param name="Proxies">One verdict per proxy, in the scenario's order.</param>
/// <param name="Candidacies">One decision per candidacy, in the scenario's order.</param>
/// <param name="PollingBureau">The polling bureau (RI art. 3-5).</param>
/// <param name="Voters">Members entitled to vote: present or represented, up to date on the eve (RI art. 3-3).</param>
/// <param name="BallotIssues">Ballots rejected and names not counted.</param>
/// <param name="PresidentVotes">Votes per presidential candidate.</param>
/// <param name="CouncilVotes">Votes per council candidate.</param>
/// <param name="President">The presidential election (art. 8).</param>
/// <param name="Council">The council election with its reserved seats (art. 12).</param>
/// <param name="Explanation">The steps, each with its article.</param>
/// <param name="LotSeed">The seed used for any drawing of lots.</param>
public sealed record ElectoralAssemblyOutcome(
    string Opening,
    string Vote,
    IReadOnlyList<string> AttendanceIssues,
    IReadOnlyList<ProxyVerdict> Proxies,
    IReadOnlyList<CandidacyDecision> Candidacies,
    PollingBureau PollingBureau,
    int Voters,
    IReadOnlyList<BallotIssue> BallotIssues,
    IReadOnlyDictionary<string, long> PresidentVotes,
    IReadOnlyDictionary<string, long> CouncilVotes,
    ElectionOutcome President,
    ElectionOutcome Council,
    IReadOnlyList<ExplanationLine> Explanation,
    long LotSeed)
{
    /// <summary>Proxies rejected.</summary>
    public int RejectedProxies => Proxies.Count(p => !p.Accepted);

    /// <summary>Candidacies rejected.</summary>
    public int RejectedCandidacies => Candidacies.Count(c => !c.Admitted);

    /// <summary>Ballots rejected as a whole.</summary>
    public int RejectedBallots => BallotIssues.Count(b => b.Choice is null);

    /// <summary>Names not counted on otherwise valid ballots.</summary>
    public int RejectedChoices => BallotIssues.Count(b => b.Choice is not null);
}
