using System.Collections.Immutable;
using Justice.Domain.Core;

namespace Justice.Domain.Cav.Composition;

/// <summary>
/// <i>Composition de la commission d'avancement</i>: the seats, mandate and formations of one regime of the
/// commission. Look the regime in force up by date with <see cref="CavRegimes.Timeline"/>.
/// </summary>
/// <param name="Regime">Which regime.</param>
/// <param name="Seats">The seats, in the order of the text.</param>
/// <param name="MandateYears">The length of an elected member's mandate, in years.</param>
/// <param name="MandateRenewable">Whether an elected member may hold a second mandate.</param>
/// <param name="PromotionBarredDuringMandate">Whether elected members are barred from promotion in grade during their mandate.</param>
/// <param name="Formations">The formations, with chairs and limits.</param>
/// <param name="MandateReference">The article setting the mandate.</param>
public sealed record CavCompositionRules(
    CavRegimeKind Regime,
    ImmutableArray<CavSeat> Seats,
    int MandateYears,
    bool MandateRenewable,
    bool PromotionBarredDuringMandate,
    ImmutableArray<CavFormationRules> Formations,
    LegalReference MandateReference)
{
    /// <summary>The number of titular members (20 for the former commission, 13 for the reformed one).</summary>
    public int TitularMembers => Seats.Sum(s => s.Titulars);

    /// <summary>The number of elected titular members, each with an alternate.</summary>
    public int ElectedMembers => Seats.Where(s => s.Designation == CavSeatDesignation.Elected).Sum(s => s.Titulars);

    /// <summary>Finds a seat by its code (ordinal, case-insensitive).</summary>
    /// <param name="code">The seat's code.</param>
    /// <returns>The seat, or null when the regime has no such seat.</returns>
    public CavSeat? Seat(string code) =>
        Seats.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the rules of one formation, or null when the regime has no such formation.</summary>
    /// <param name="formation">The formation.</param>
    /// <returns>The rules, or null.</returns>
    public CavFormationRules? FormationRules(CavFormation formation) => Formations.FirstOrDefault(f => f.Formation == formation);
}
