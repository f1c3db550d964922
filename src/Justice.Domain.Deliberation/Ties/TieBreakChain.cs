using System.Collections.Immutable;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Ties;

/// <summary>
/// <i>Règles de départage</i>: the ordered steps that break a tie, as a text states them ("au plus grand nombre
/// de suffrages; si l'égalité persiste, par voie de tirage au sort"). The engine has no default: with
/// <see cref="Unresolved"/> a tie is reported as an explicit unresolved tie.
/// </summary>
public sealed record TieBreakChain
{
    private TieBreakChain(ImmutableArray<TieBreakStep> steps, DrawingOfLots? lots)
    {
        Steps = steps;
        Lots = lots;
    }

    /// <summary>No rule: every tie that matters is reported unresolved.</summary>
    public static TieBreakChain Unresolved { get; } = new([], null);

    /// <summary>The steps, applied in order to the contenders still tied.</summary>
    public ImmutableArray<TieBreakStep> Steps { get; }

    /// <summary>The drawing of lots used by a <see cref="TieBreakKind.DrawingOfLots"/> step, or null.</summary>
    public DrawingOfLots? Lots { get; }

    /// <summary>Creates a chain.</summary>
    /// <param name="lots">The drawing of lots; required when a step draws lots, otherwise null.</param>
    /// <param name="steps">The steps, in order.</param>
    /// <returns>The chain.</returns>
    public static TieBreakChain Of(DrawingOfLots? lots, params TieBreakStep[] steps)
    {
        var array = Guard.NoNullElements(steps);
        if (lots is null && array.Any(s => s.Kind == TieBreakKind.DrawingOfLots))
        {
            throw new ArgumentException("lots must be given: the chain has a drawing-of-lots step and no entropy or seed to draw from.", nameof(lots));
        }

        return new TieBreakChain([.. array], lots);
    }

    /// <summary>"Most votes, then drawing of lots" (the CAV rule of Décret 2025-659, art. 14, for equal remainders).</summary>
    /// <param name="lots">The drawing of lots.</param>
    /// <param name="reference">The article that states both steps.</param>
    /// <returns>The chain.</returns>
    public static TieBreakChain MostVotesThenLot(DrawingOfLots lots, LegalReference? reference = null) =>
        Of(Guard.NotNull(lots), TieBreakStep.MostVotes(reference), TieBreakStep.DrawingOfLots(reference));

    /// <summary>Only a drawing of lots (Statuts USM, art. 8: "il est procédé à un tirage au sort").</summary>
    /// <param name="lots">The drawing of lots.</param>
    /// <param name="reference">The article that states it.</param>
    /// <returns>The chain.</returns>
    public static TieBreakChain LotOnly(DrawingOfLots lots, LegalReference? reference = null) =>
        Of(Guard.NotNull(lots), TieBreakStep.DrawingOfLots(reference));

    /// <summary>Returns this chain with another drawing of lots (another seed, other sources).</summary>
    /// <param name="lots">The drawing of lots.</param>
    /// <returns>The chain.</returns>
    public TieBreakChain WithLots(DrawingOfLots lots) => new(Steps, Guard.NotNull(lots));
}
