using Justice.Domain.Core;
using Justice.Domain.Usm.Bodies;

namespace Justice.Domain.Usm.Succession;

/// <summary>
/// <i>Suppléance au niveau national</i>: who replaces the president when prevented (Statuts USM, art. 10, al. 3) or when
/// the post falls vacant (art. 10, al. 4), and who replaces the national treasurer (art. 27, al. 4).
/// </summary>
public static class NationalSuccession
{
    /// <summary>
    /// The president prevented (<i>empêchement</i>): the secretary general, failing that the vice-president, failing that
    /// any other bureau member (art. 10, al. 3). Members in <paramref name="unavailable"/> are skipped.
    /// </summary>
    /// <param name="bureau">The bureau's seats.</param>
    /// <param name="unavailable">The members who cannot act (the president included).</param>
    /// <returns>The replacement.</returns>
    public static Replacement WhenPresidentPrevented(IEnumerable<BureauSeat> bureau, IEnumerable<string> unavailable)
    {
        var seats = Guard.NoNullElements(bureau);
        var away = new HashSet<string>(Guard.NoNullElements(unavailable), StringComparer.Ordinal);
        var president = seats.FirstOrDefault(s => s.Post == BureauPost.President)?.MemberId;
        if (president is not null)
        {
            away.Add(president);
        }

        var reference = LegalReference.UsmStatutes(10, 3);
        foreach (var post in new[] { BureauPost.SecretaryGeneral, BureauPost.VicePresident })
        {
            var holder = seats.FirstOrDefault(s => s.Post == post && !away.Contains(s.MemberId));
            if (holder is not null)
            {
                return new Replacement(holder.MemberId, [], "the president is prevented: replaced by the " + (post == BureauPost.SecretaryGeneral ? "secretary general" : "vice-president (the secretary general cannot act)"), reference);
            }
        }

        var others = seats.Where(s => !away.Contains(s.MemberId)).Select(s => s.MemberId).Distinct(StringComparer.Ordinal).ToList();
        return new Replacement(
            null,
            others,
            others.Count > 0
                ? "neither the secretary general nor the vice-president can act: any other bureau member may replace the president"
                : "no bureau member can act",
            reference);
    }

    /// <summary>
    /// The presidency vacant (loss of membership, vacancy, lasting inability found by the council): the secretary general
    /// until the next electoral assembly (art. 10, al. 4). The text names nobody after the secretary general.
    /// </summary>
    /// <param name="bureau">The bureau's seats.</param>
    /// <returns>The replacement (the secretary general), or none when the post of secretary general is empty too.</returns>
    public static Replacement WhenPresidencyVacant(IEnumerable<BureauSeat> bureau)
    {
        var seats = Guard.NoNullElements(bureau);
        var secretary = seats.FirstOrDefault(s => s.Post == BureauPost.SecretaryGeneral);
        return secretary is null
            ? new Replacement(null, [], "the presidency and the post of secretary general are vacant: art. 10, al. 4 names nobody else", LegalReference.UsmStatutes(10, 4))
            : new Replacement(secretary.MemberId, [], "the presidency is vacant: the secretary general acts until the next electoral general assembly", LegalReference.UsmStatutes(10, 4));
    }

    /// <summary>The national treasurer prevented: "substitué par le président ou le trésorier national adjoint" (art. 27, al. 4); either may act.</summary>
    /// <param name="bureau">The bureau's seats.</param>
    /// <param name="unavailable">The members who cannot act.</param>
    /// <returns>The replacement: the set of those able to act among the two.</returns>
    public static Replacement WhenTreasurerPrevented(IEnumerable<BureauSeat> bureau, IEnumerable<string> unavailable)
    {
        var seats = Guard.NoNullElements(bureau);
        var away = new HashSet<string>(Guard.NoNullElements(unavailable), StringComparer.Ordinal);
        var eligible = seats.Where(s => (s.Post == BureauPost.President || s.Post == BureauPost.DeputyNationalTreasurer) && !away.Contains(s.MemberId))
            .Select(s => s.MemberId).Distinct(StringComparer.Ordinal).ToList();
        return new Replacement(
            eligible.Count == 1 ? eligible[0] : null,
            eligible.Count == 1 ? [] : eligible,
            eligible.Count == 0 ? "neither the president nor the deputy treasurer can act" : "the national treasurer is prevented: the president or the deputy national treasurer",
            LegalReference.UsmStatutes(27, 4));
    }
}
