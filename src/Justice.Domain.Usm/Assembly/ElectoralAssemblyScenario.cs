using System.Text.Json.Serialization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Assemblée générale électorale</i>: everything needed to run one: the members with their dues, who attends, the
/// officers, the regional delegates, the proxies, the candidacies with their dates, the ballots, and the seed of the
/// drawing of lots that breaks ties (Statuts USM, art. 8; RI USM, art. 3-7).
/// </summary>
/// <param name="Opening">The opening day.</param>
/// <param name="Vote">The day of the vote.</param>
/// <param name="Members">The members.</param>
/// <param name="Records">The membership records (joining, dues); a member without a record is taken as a member up to date.</param>
/// <param name="Present">The ids on the attendance list.</param>
/// <param name="RegionalDelegates">The ids of the regional delegates (for the polling bureau).</param>
/// <param name="President">The outgoing president.</param>
/// <param name="SecretaryGeneral">The secretary general.</param>
/// <param name="OutgoingHonoraryCouncilMember">The honorary magistrate of the outgoing council, or null.</param>
/// <param name="Proxies">The proxies.</param>
/// <param name="Candidacies">The candidacies.</param>
/// <param name="Ballots">The ballots of both elections.</param>
/// <param name="LotSeed">The seed of the drawing of lots (<see cref="Deliberation.Lots.DrawingOfLots.Seeded"/>), recorded in the outcome.</param>
public sealed record ElectoralAssemblyScenario(
    [property: JsonRequired] LocalDate Opening,
    [property: JsonRequired] LocalDate Vote,
    IReadOnlyList<UnionMember> Members,
    IReadOnlyList<MembershipRecord> Records,
    IReadOnlyList<string> Present,
    IReadOnlyList<string> RegionalDelegates,
    string President,
    string SecretaryGeneral,
    string? OutgoingHonoraryCouncilMember,
    IReadOnlyList<ProxyForm> Proxies,
    IReadOnlyList<Candidacy> Candidacies,
    IReadOnlyList<Ballot> Ballots,
    long LotSeed);
