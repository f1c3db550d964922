using Justice.Domain.Core;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Meetings;

/// <summary>
/// <i>Règle en cas d'égalité</i>: what decides a motion when yes equals no, with its article. The
/// <see cref="Deliberator"/> consults it whenever the votes for equal the votes against, whatever the abstentions;
/// under the simple majority it decides the motion, under a majority of a fixed base it settles only the equality
/// (see <see cref="Deliberator"/>).
/// </summary>
public sealed record TieRule
{
    private TieRule(TieRuleKind kind, LegalReference? reference, DrawingOfLots? lots)
    {
        Kind = kind;
        Reference = reference;
        Lots = lots;
    }

    /// <summary>What decides.</summary>
    public TieRuleKind Kind { get; }

    /// <summary>The article, or null.</summary>
    public LegalReference? Reference { get; }

    /// <summary>The drawing of lots for <see cref="TieRuleKind.DrawingOfLots"/>, otherwise null.</summary>
    public DrawingOfLots? Lots { get; }

    /// <summary>A tie fails (no text gives a casting vote).</summary>
    /// <param name="reference">The article, or null.</param>
    /// <returns>The rule.</returns>
    public static TieRule MotionFails(LegalReference? reference = null) => new(TieRuleKind.MotionFails, reference, null);

    /// <summary>
    /// The chair's casting vote, "voix prépondérante du président en cas d'égalité des suffrages" (Statuts USM, art. 15,
    /// al. 3): when for equals against, the side the chair voted for prevails. The chair must be present and have voted
    /// for or against; a secret ballot passes no chair vote, and a tie then fails.
    /// </summary>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static TieRule ChairCastingVote(LegalReference? reference) => new(TieRuleKind.ChairCastingVote, reference, null);

    /// <summary>A drawing of lots between adoption and rejection.</summary>
    /// <param name="lots">The drawing of lots.</param>
    /// <param name="reference">The article.</param>
    /// <returns>The rule.</returns>
    public static TieRule DrawingOfLots(DrawingOfLots lots, LegalReference? reference) => new(TieRuleKind.DrawingOfLots, reference, Guard.NotNull(lots));
}
