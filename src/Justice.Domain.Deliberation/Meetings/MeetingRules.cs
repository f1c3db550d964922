using Justice.Domain.Core;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Règles de délibération</i>: what a statute supplies to the engine for one kind of decision: quorum, majority,
/// proxies, what decides a tie, and whether voters must be up to date with their dues.
/// </summary>
/// <param name="Quorum">The quorum.</param>
/// <param name="Majority">The majority.</param>
/// <param name="Proxies">The proxy policy.</param>
/// <param name="Tie">What decides a tie.</param>
/// <param name="VotersMustBeUpToDateWithDues">Whether only members up to date with their dues vote (RI USM, art. 3-3), or any member with a deliberative voice.</param>
/// <param name="VotersReference">The article restricting the electorate, or null.</param>
public sealed record MeetingRules(
    QuorumRule Quorum,
    MajorityRule Majority,
    ProxyPolicy Proxies,
    TieRule Tie,
    bool VotersMustBeUpToDateWithDues = false,
    LegalReference? VotersReference = null)
{
    /// <summary>The quorum.</summary>
    public QuorumRule Quorum { get; init; } = Guard.NotNull(Quorum);

    /// <summary>The majority.</summary>
    public MajorityRule Majority { get; init; } = Guard.NotNull(Majority);

    /// <summary>The proxy policy.</summary>
    public ProxyPolicy Proxies { get; init; } = Guard.NotNull(Proxies);

    /// <summary>What decides a tie.</summary>
    public TieRule Tie { get; init; } = Guard.NotNull(Tie);

    /// <summary>Whether <paramref name="member"/> may vote (and so give or hold a proxy) under these rules.</summary>
    /// <param name="member">The member.</param>
    /// <returns>True when entitled to vote.</returns>
    public bool IsEntitledToVote(Member member) =>
        Guard.NotNull(member).Voice == Voice.Deliberative && (!VotersMustBeUpToDateWithDues || member.DuesUpToDate);
}
