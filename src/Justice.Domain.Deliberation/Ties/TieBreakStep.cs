using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Deliberation.Ties;

/// <summary>
/// <i>Critère de départage</i>: one step of a <see cref="TieBreakChain"/>, with the article that states it.
/// </summary>
public sealed record TieBreakStep
{
    private TieBreakStep(TieBreakKind kind, string description, ImmutableDictionary<string, int>? ranks, LegalReference? reference)
    {
        Kind = kind;
        Description = description;
        Ranks = ranks;
        Reference = reference;
    }

    /// <summary>The kind of step.</summary>
    public TieBreakKind Kind { get; }

    /// <summary>What the step does, in words ("most votes", "oldest candidate").</summary>
    public string Description { get; }

    /// <summary>For <see cref="TieBreakKind.Precedence"/>: the rank of each contender (lower wins); otherwise null.</summary>
    public ImmutableDictionary<string, int>? Ranks { get; }

    /// <summary>The article that states the step, or null when the caller cites none.</summary>
    public LegalReference? Reference { get; }

    /// <summary>The contender with the most votes wins.</summary>
    /// <param name="reference">The article that states it (for the CAV: Décret 2025-659, art. 14).</param>
    /// <returns>The step.</returns>
    public static TieBreakStep MostVotes(LegalReference? reference = null) => new(TieBreakKind.MostVotes, "most votes", null, reference);

    /// <summary>A drawing of lots among those still tied (needs a <see cref="Lots.DrawingOfLots"/> in the chain).</summary>
    /// <param name="reference">The article that states it.</param>
    /// <returns>The step.</returns>
    public static TieBreakStep DrawingOfLots(LegalReference? reference = null) => new(TieBreakKind.DrawingOfLots, "drawing of lots", null, reference);

    /// <summary>A ranking supplied by the text: lower rank wins, equal ranks stay tied; contenders without a rank stay tied with each other, after all ranked ones.</summary>
    /// <param name="description">What the ranking is ("list filed first").</param>
    /// <param name="ranks">The rank of each contender.</param>
    /// <param name="reference">The article that states it.</param>
    /// <returns>The step.</returns>
    public static TieBreakStep Precedence(string description, IReadOnlyDictionary<string, int> ranks, LegalReference? reference = null) =>
        new(TieBreakKind.Precedence, Guard.NotBlank(description), Guard.NotNull(ranks).ToImmutableDictionary(StringComparer.Ordinal), reference);

    /// <summary>The oldest contender wins (Code électoral, art. L126 style): ranks by date of birth, earliest first.</summary>
    /// <param name="birthDates">The date of birth of each contender.</param>
    /// <param name="reference">The article that states it.</param>
    /// <returns>The step.</returns>
    public static TieBreakStep Oldest(IReadOnlyDictionary<string, LocalDate> birthDates, LegalReference? reference = null)
    {
        Guard.NotNull(birthDates);
        var epoch = new LocalDate(1800, 1, 1);
        var ranks = birthDates.ToDictionary(p => p.Key, p => Period.Between(epoch, p.Value, PeriodUnits.Days).Days, StringComparer.Ordinal);
        return new TieBreakStep(TieBreakKind.Precedence, "oldest", ranks.ToImmutableDictionary(StringComparer.Ordinal), reference);
    }
}
