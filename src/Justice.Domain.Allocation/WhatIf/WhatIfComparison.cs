using System.Globalization;
using System.Text;
using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Allocation.Results;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.WhatIf;

/// <summary>
/// <i>Et si…</i>: compares the allocations of two requests (with and without a criterion, a cap on or off, two years of
/// figures) and says, for every court whose posts change, which rank decided it: the post it received in one scenario
/// (its position and rank sum at that moment) and, in the other, where it stood when the last post was placed and who
/// took that post. Courts are matched by id; a court in one request only counts 0 posts in the other.
/// </summary>
public static class WhatIfComparison
{
    private static readonly PostAllocator Allocator = new();

    /// <summary>Compares two validated problems. O(two allocations, plus at most two more for the standings before each scenario's last post).</summary>
    /// <param name="a">The first scenario.</param>
    /// <param name="b">The second scenario.</param>
    /// <param name="labelA">Its label in the texts (for example a file name).</param>
    /// <param name="labelB">The second one's label.</param>
    /// <returns>The courts that change.</returns>
    public static WhatIfOutcome Compare(AllocationProblem a, AllocationProblem b, string labelA = "A", string labelB = "B")
    {
        Guard.NotNull(a);
        Guard.NotNull(b);
        Guard.NotBlank(labelA);
        Guard.NotBlank(labelB);
        var sides = new[] { new Side(labelA, a, Allocator.Allocate(a)), new Side(labelB, b, Allocator.Allocate(b)) };
        var ids = sides[0].Result.Totals.Keys.Union(sides[1].Result.Totals.Keys, StringComparer.Ordinal);
        var changes = new List<CourtChange>();
        var unchanged = 0;
        foreach (var id in ids)
        {
            var inA = sides[0].Result.Totals.TryGetValue(id, out var postsA);
            var inB = sides[1].Result.Totals.TryGetValue(id, out var postsB);
            if (postsA == postsB && inA && inB)
            {
                unchanged++;
                continue;
            }

            if (postsA == postsB)
            {
                // In one request only, with no post in the other: not a change of posts.
                continue;
            }

            var (more, fewer) = postsA > postsB ? (sides[0], sides[1]) : (sides[1], sides[0]);
            var fewerPosts = Math.Min(postsA, postsB);
            var gained = more.Received(id, fewerPosts + 1);
            var missed = fewer.Has(id) ? fewer.AtLastPost(id) : null;
            var name = (more.Has(id) ? more : fewer).Problem.Courts.First(c => string.Equals(c.Id, id, StringComparison.Ordinal)).Name;
            changes.Add(new CourtChange(id, name, postsA, postsB, gained, missed, Explain(id, name, postsA, postsB, more, fewer, gained, missed)));
        }

        return new WhatIfOutcome(
            labelA,
            labelB,
            sides[0].Result.Allocations.Count,
            sides[1].Result.Allocations.Count,
            changes.OrderByDescending(c => Math.Abs(c.PostsA - c.PostsB)).ThenBy(c => c.CourtId, StringComparer.Ordinal).ToArray(),
            unchanged);
    }

    private static string Explain(string id, string name, int postsA, int postsB, Side more, Side fewer, DecisiveMoment? gained, DecisiveMoment? missed)
    {
        var text = new StringBuilder();
        var (labelA, labelB) = postsA > postsB ? (more.Label, fewer.Label) : (fewer.Label, more.Label);
        text.Append(Invariant($"{name} ({id}) receives {Posts(postsA)} under {labelA} and {Posts(postsB)} under {labelB}. "));
        if (gained is not null)
        {
            text.Append(Invariant($"Under {more.Label}, post {gained.Post} goes to it: it is {Ordinal(gained.Position)} in the general order with a rank sum of {gained.RankSum} ({Ranks(gained.Standings)}). "));
        }

        if (!fewer.Has(id))
        {
            text.Append(Invariant($"It is not in {fewer.Label}'s request."));
        }
        else if (missed is null)
        {
            text.Append(Invariant($"Under {fewer.Label}, no post is placed."));
        }
        else if (string.Equals(missed.TakenBy, id, StringComparison.Ordinal))
        {
            text.Append(Invariant($"Under {fewer.Label}, it receives the last post ({missed.Post}) itself, {Ordinal(missed.Position)} in the order with a rank sum of {missed.RankSum}: no post is left for another one."));
        }
        else
        {
            var court = fewer.Problem.Courts.First(c => string.Equals(c.Id, id, StringComparison.Ordinal));
            var posts = fewer.Result.Totals[id];
            var why = !fewer.Problem.Compiled.Eligible[fewer.Problem.Compiled.IndexOfId[id]]
                ? " it cannot receive posts in this scenario (not eligible, or its population did not grow under a strict population condition),"
                : court.MaxPosts is { } cap && posts >= cap
                    ? Invariant($" it has reached its cap of {cap} post{(cap == 1 ? string.Empty : "s")},")
                    : string.Empty;
            var order = missed.TakenByRankSum == missed.RankSum
                ? "the same sum: between equal sums, the higher population growth, then the fewer posts of the year before, then the court id come first"
                : "the lower sum comes first among the courts that can take it";
            text.Append(Invariant($"Under {fewer.Label}, when the last post ({missed.Post}) is placed, it stands {Ordinal(missed.Position)} with a rank sum of {missed.RankSum} ({Ranks(missed.Standings)}),{why} and the post goes to {missed.TakenBy} (rank sum {missed.TakenByRankSum}; {order})."));
            if (gained is not null)
            {
                var moves = gained.Standings.Join(missed.Standings, s => s.CriterionId, s => s.CriterionId, (g, m) => (g.CriterionId, Gained: g.Rank, Missed: m.Rank), StringComparer.Ordinal)
                    .Where(r => r.Gained != r.Missed)
                    .OrderByDescending(r => Math.Abs(r.Gained - r.Missed))
                    .Take(3)
                    .ToArray();
                if (moves.Length > 0)
                {
                    text.Append(Invariant($" Its ranks that differ most ({more.Label} → {fewer.Label}): {string.Join(", ", moves.Select(r => Invariant($"{r.CriterionId} {r.Gained} → {r.Missed}")))}."));
                }

                var onlyOneSide = gained.Standings.Select(s => s.CriterionId).Except(missed.Standings.Select(s => s.CriterionId), StringComparer.Ordinal)
                    .Concat(missed.Standings.Select(s => s.CriterionId).Except(gained.Standings.Select(s => s.CriterionId), StringComparer.Ordinal))
                    .ToArray();
                if (onlyOneSide.Length > 0)
                {
                    text.Append(" Criteria in one scenario only: " + string.Join(", ", onlyOneSide) + ".");
                }
            }
        }

        return text.ToString();
    }

    private static string Posts(int count) => count == 1 ? "1 post" : Invariant($"{count} posts");

    private static string Ordinal(int position) => position == 1 ? "1st" : position == 2 ? "2nd" : position == 3 ? "3rd" : Invariant($"{position}th");

    private static string Ranks(IReadOnlyList<CriterionStanding> standings) =>
        "ranks " + string.Join(", ", standings.Select(s => Invariant($"{s.CriterionId} {s.Rank}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One scenario: its problem, its allocation, and (computed once when needed) the standings before its last post.</summary>
    private sealed class Side(string label, AllocationProblem problem, AllocationResult result)
    {
        private AllocationResult? beforeLast;

        public string Label => label;

        public AllocationProblem Problem => problem;

        public AllocationResult Result => result;

        public bool Has(string id) => result.Totals.ContainsKey(id);

        /// <summary>The court's <paramref name="nth"/> post in this scenario.</summary>
        public DecisiveMoment? Received(string id, int nth)
        {
            var post = result.Allocations.Where(p => string.Equals(p.CourtId, id, StringComparison.Ordinal)).Skip(nth - 1).FirstOrDefault();
            return post is null ? null : new DecisiveMoment(label, post.Order, true, post.Position, post.RankSum, post.Standings, null, null);
        }

        /// <summary>The court's standing just before this scenario's last post, and who took it; null when no post was placed.</summary>
        public DecisiveMoment? AtLastPost(string id)
        {
            if (result.Allocations.Count == 0)
            {
                return null;
            }

            var last = result.Allocations[^1];
            beforeLast ??= Allocator.Allocate(problem.WithPosts(last.Order - 1));
            var standing = beforeLast.FinalRanking.First(c => string.Equals(c.CourtId, id, StringComparison.Ordinal));
            return new DecisiveMoment(label, last.Order, false, standing.Position, standing.RankSum, standing.Standings, last.CourtId, last.RankSum);
        }
    }
}
