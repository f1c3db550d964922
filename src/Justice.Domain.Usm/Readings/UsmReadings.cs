using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Usm.Readings;

/// <summary>
/// <i>Lectures retenues</i>: every place where the USM texts are silent or ambiguous, as a named option. Each property
/// starts at the default reading that docs/readings.md justifies; <c>with</c> changes one:
/// <c>UsmReadings.Default with { HonorarySeat = HonorarySeatReading.ExactlyOne }</c>.
/// </summary>
public sealed record UsmReadings
{
    /// <summary>The default readings.</summary>
    public static UsmReadings Default { get; } = new();

    /// <summary>Whether the president of the conseil national is a deliberative member (art. 12, 15). Default: <see cref="PresidentVoiceReading.DeliberativeMember"/>.</summary>
    public PresidentVoiceReading PresidentVoice { get; init => field = Guard.Defined(value, nameof(PresidentVoice)); } = PresidentVoiceReading.DeliberativeMember;

    /// <summary>The base of "deux tiers de ses membres" (art. 6 d, 11, 13; RI art. 1-4). Default: <see cref="CouncilMembersReading.DeliberativeMembers"/>.</summary>
    public CouncilMembersReading CouncilMembers { get; init => field = Guard.Defined(value, nameof(CouncilMembers)); } = CouncilMembersReading.DeliberativeMembers;

    /// <summary>
    /// The base of the bureau's "majorité des deux tiers" (art. 7; RI art. 1-5), which names no base:
    /// <see cref="MajorityBase.DeliberativeMembers"/> (two thirds of the bureau's nine members: 6, the default) or
    /// <see cref="MajorityBase.PresentOrRepresented"/> (two thirds of those present). The default: where the texts mean
    /// those present they say so (art. 3, 25, 33), and a suspension is a grave measure taken in an emergency by a small body.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Another base (votes cast, all members): not a reading of art. 7.</exception>
    public MajorityBase BureauTwoThirdsBase
    {
        get;
        init => field = value is MajorityBase.DeliberativeMembers or MajorityBase.PresentOrRepresented
            ? value
            : throw Guard.OutOfRange(nameof(BureauTwoThirdsBase), value, "DeliberativeMembers or PresentOrRepresented (art. 7 names the bureau; a two-thirds majority of votes cast is not a reading of it)");
    } = MajorityBase.DeliberativeMembers;

    /// <summary>"Dont un (1)" honorary seat (art. 12, al. 2). Default: <see cref="HonorarySeatReading.AtLeastOne"/>.</summary>
    public HonorarySeatReading HonorarySeat { get; init => field = Guard.Defined(value, nameof(HonorarySeat)); } = HonorarySeatReading.AtLeastOne;

    /// <summary>"Second grade" after the grade reform (art. 12, al. 2; RI art. 3-2). Default: <see cref="SecondGradeReading.EntryGrade"/>.</summary>
    public SecondGradeReading SecondGrade { get; init => field = Guard.Defined(value, nameof(SecondGrade)); } = SecondGradeReading.EntryGrade;

    /// <summary>Who votes in the electronic vote (art. 15, al. 5). Default: <see cref="ElectronicVoteReading.ElectedMembersOnly"/>.</summary>
    public ElectronicVoteReading ElectronicVote { get; init => field = Guard.Defined(value, nameof(ElectronicVote)); } = ElectronicVoteReading.ElectedMembersOnly;

    /// <summary>
    /// Whether a member of no regional union may give a proxy at the assembly (RI art. 3-4, al. 4; art. 18 attaches no
    /// union to members on leave or retired without the honorary title). Default: <see cref="GrouplessGiver.CannotGive"/>.
    /// </summary>
    public GrouplessGiver UnionlessProxyGiver { get; init => field = Guard.Defined(value, nameof(UnionlessProxyGiver)); } = GrouplessGiver.CannotGive;

    /// <summary>When a national mandate ends if the successors are elected early (art. 9, 13, 16). Default: <see cref="MandateOverlapReading.EndsAtRenewingAssembly"/>.</summary>
    public MandateOverlapReading MandateOverlap { get; init => field = Guard.Defined(value, nameof(MandateOverlap)); } = MandateOverlapReading.EndsAtRenewingAssembly;

    /// <summary>Which day of the reformed CAV vote is "la date du scrutin" of RI art. 2-9. Default: <see cref="CavVoteDayReading.FirstVotingDay"/>.</summary>
    public CavVoteDayReading CavVoteDay { get; init => field = Guard.Defined(value, nameof(CavVoteDay)); } = CavVoteDayReading.FirstVotingDay;
}
