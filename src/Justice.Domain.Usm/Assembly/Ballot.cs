using Justice.Domain.Core;
using Justice.Domain.Usm.Elections;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Bulletin</i>: one vote at the electoral assembly, cast by a present member for themself or, as holder of a proxy, for
/// an absent member (RI USM, art. 3-3, al. 1). The names chosen are the candidates' member ids; none is a blank vote.
/// </summary>
/// <param name="Office">The election.</param>
/// <param name="VoterId">The member whose vote it is.</param>
/// <param name="CastBy">The member who puts it in the box (the voter, or the holder of the voter's proxy).</param>
/// <param name="Choices">The candidates named.</param>
public sealed record Ballot(ElectiveOffice Office, string VoterId, string CastBy, IReadOnlyList<string> Choices)
{
    /// <summary>The election.</summary>
    public ElectiveOffice Office { get; init; } = Guard.Defined(Office);

    /// <summary>The voter.</summary>
    public string VoterId { get; init; } = Guard.NotBlank(VoterId);

    /// <summary>Who casts it.</summary>
    public string CastBy { get; init; } = Guard.NotBlank(CastBy);

    /// <summary>The names chosen.</summary>
    public IReadOnlyList<string> Choices { get; init; } = Guard.NotNull(Choices);
}
