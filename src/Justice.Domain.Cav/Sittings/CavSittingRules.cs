using System.Collections.Immutable;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Meetings;

namespace Justice.Domain.Cav.Sittings;

/// <summary>
/// <i>Règles de délibération de la commission</i>: the quorum, majority, proxies and tie rule of each formation.
/// No text we hold states them (Ord. 58-1270, art. 10-1-1 and Décret 2025-659 as read in the legal notes), so there is
/// no default: the caller supplies the <see cref="MeetingRules"/> of every formation it decides, citing its own source,
/// and the Deliberation engine decides.
/// </summary>
public sealed class CavSittingRules
{
    private readonly ImmutableDictionary<CavFormation, MeetingRules> rules;

    /// <summary>Creates the configuration.</summary>
    /// <param name="rules">The rules of each formation configured; at least one.</param>
    public CavSittingRules(IReadOnlyDictionary<CavFormation, MeetingRules> rules)
    {
        Guard.NotNull(rules);
        if (rules.Count == 0)
        {
            throw new ArgumentException("rules must configure at least one formation; the texts we hold give no quorum or majority for the commission.", nameof(rules));
        }

        foreach (var (formation, value) in rules)
        {
            Guard.Defined(formation, nameof(rules));
            Guard.NotNull(value, "rules[" + formation + "]");
        }

        this.rules = rules.ToImmutableDictionary();
    }

    /// <summary>The formations configured.</summary>
    public IEnumerable<CavFormation> Formations => rules.Keys.Order();

    /// <summary>Decides a motion of a formation with the engine.</summary>
    /// <param name="formation">The formation sitting.</param>
    /// <param name="meeting">The meeting (members present, proxies).</param>
    /// <param name="motion">The motion and its tally.</param>
    /// <returns>The engine's outcome.</returns>
    /// <exception cref="ArgumentException">The formation has no configured rules: no text states them and none was given.</exception>
    public MotionOutcome Decide(CavFormation formation, Meeting meeting, Motion motion)
    {
        if (!rules.TryGetValue(formation, out var formationRules))
        {
            throw new ArgumentException(
                "formation " + formation + " has no configured quorum and majority; the texts we hold do not state them, so they must be given (configured: " + string.Join(", ", Formations) + ").",
                nameof(formation));
        }

        return Deliberator.Decide(meeting, formationRules, motion);
    }
}
