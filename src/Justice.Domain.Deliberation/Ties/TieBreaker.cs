using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Ties;

/// <summary>
/// <i>Départage des ex aequo</i>: applies a <see cref="TieBreakChain"/> to choose <c>places</c> winners among tied
/// contenders. Contenders are taken in ordinal order of their names, so the result never depends on input order;
/// a drawing of lots numbers them in that order.
/// </summary>
public static class TieBreaker
{
    /// <summary>Chooses <paramref name="places"/> winners among <paramref name="contenders"/>. O(n log n) plus the drawing.</summary>
    /// <param name="contenders">The tied contenders: distinct non-blank names, votes 0 or more.</param>
    /// <param name="places">How many win, between 0 and the number of contenders.</param>
    /// <param name="chain">The rules of the text.</param>
    /// <param name="context">
    /// What the tie is about ("last remainder seat"); with the names of those still tied it is the extra key material of
    /// a drawing, so that two ties drawn from the same sources get different keys.
    /// </param>
    /// <returns>The resolution, possibly unresolved.</returns>
    /// <exception cref="ArgumentException">A contender without a name, with negative votes or twice; the message names it.</exception>
    public static TieResolution Choose(IEnumerable<TieContender> contenders, int places, TieBreakChain chain, string context)
    {
        Guard.NotNull(contenders);
        Guard.NotNull(chain);
        Guard.NotBlank(context);
        var given = contenders.ToList();
        for (var i = 0; i < given.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(given[i].Name) || given[i].Votes < 0)
            {
                throw new ArgumentException(
                    Invariant($"contenders[{i}] ('{given[i].Name}', {given[i].Votes} votes) has no name or negative votes; each contender has a unique name and 0 votes or more."),
                    nameof(contenders));
            }
        }

        var all = given.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        for (var i = 1; i < all.Count; i++)
        {
            if (all[i].Name == all[i - 1].Name)
            {
                throw new ArgumentException("contender '" + all[i].Name + "' appears twice.", nameof(contenders));
            }
        }

        Guard.InRange(places, 0, all.Count);
        var winners = new List<string>();
        var tied = all;
        var left = places;
        var steps = ImmutableArray.CreateBuilder<ExplanationLine>();
        LotDraw? draw = null;
        foreach (var step in chain.Steps)
        {
            if (left == 0 || left == tied.Count)
            {
                break;
            }

            if (step.Kind == TieBreakKind.DrawingOfLots)
            {
                draw = chain.Lots!.Draw(tied.Select(c => c.Name), left, context + " " + string.Join(" ", tied.Select(c => c.Name)));
                winners.AddRange(draw.Selected);
                steps.Add(new ExplanationLine(
                    "tie: drawing of lots",
                    Invariant($"{left} of {Names(tied)} drawn with key \"{draw.KeyString}\": {string.Join(", ", draw.Selected)}"),
                    step.Reference));
                tied = [];
                left = 0;
                break;
            }

            var groups = step.Kind == TieBreakKind.MostVotes
                ? tied.GroupBy(c => c.Votes).OrderByDescending(g => g.Key).Select(g => g.ToList()).ToList()
                : tied.GroupBy(c => step.Ranks!.TryGetValue(c.Name, out var r) ? r : int.MaxValue).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
            var before = tied.Count;
            foreach (var group in groups)
            {
                if (group.Count <= left)
                {
                    winners.AddRange(group.Select(c => c.Name));
                    left -= group.Count;
                }
                else
                {
                    tied = left == 0 ? [] : group;
                    break;
                }
            }

            if (left == 0)
            {
                tied = [];
            }

            steps.Add(new ExplanationLine(
                "tie: " + step.Description,
                tied.Count == 0
                    ? Invariant($"decided among {before}: {string.Join(", ", winners)}")
                    : Invariant($"{string.Join(", ", winners.DefaultIfEmpty("nobody"))} placed; {left} place(s) still tied among {Names(tied)}"),
                step.Reference));
        }

        if (left > 0 && left == tied.Count)
        {
            winners.AddRange(tied.Select(c => c.Name));
            left = 0;
            tied = [];
        }

        if (left > 0)
        {
            steps.Add(new ExplanationLine(
                "tie: unresolved",
                Invariant($"{left} place(s) among {Names(tied)} ({context}): no further tie-break rule is configured")));
        }

        return new TieResolution(
            [.. all.Select(c => c.Name)],
            places,
            [.. winners],
            left > 0 ? [.. tied.Select(c => c.Name)] : [],
            left,
            steps.ToImmutable(),
            draw);
    }

    private static string Names(IEnumerable<TieContender> contenders) => string.Join(", ", contenders.Select(c => c.Name));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
