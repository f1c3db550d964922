using Justice.Domain.Core;
using Justice.Domain.Usm.Regions;

namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Membre du bureau national</i>: a post, its holder and the holder's cour d'appel (Statuts USM, art. 16).</summary>
/// <param name="Post">The post.</param>
/// <param name="MemberId">The holder.</param>
/// <param name="Court">The holder's cour d'appel, or null for a member of no ressort (ministry union).</param>
public sealed record BureauSeat(BureauPost Post, string MemberId, CourtOfAppeal? Court)
{
    /// <summary>The post.</summary>
    public BureauPost Post { get; init; } = Guard.Defined(Post);

    /// <summary>The holder.</summary>
    public string MemberId { get; init; } = Guard.NotBlank(MemberId);
}
