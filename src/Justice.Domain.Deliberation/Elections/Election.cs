using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Elections;

/// <summary>
/// <i>Scrutin</i>: individual elections decided by votes: one seat by plurality in one round (<i>scrutin uninominal
/// majoritaire à un tour</i>), or several seats to the best-placed candidates with reserved categories.
/// Ties at a cut-off go to the caller's <see cref="TieBreakChain"/> or are reported unresolved.
/// </summary>
public static class Election
{
    /// <summary>One seat to the candidate with the most votes. O(n log n).</summary>
    /// <param name="candidates">The candidates, unique ids.</param>
    /// <param name="tieBreak">The tie-break rules (Statuts USM, art. 8: a drawing of lots).</param>
    /// <param name="reference">The article imposing the plurality rule.</param>
    /// <returns>The outcome.</returns>
    public static ElectionOutcome SingleSeatPlurality(IEnumerable<Candidate> candidates, TieBreakChain tieBreak, LegalReference? reference) =>
        MultiSeat(1, candidates, [], tieBreak, reference);

    /// <summary>
    /// <paramref name="seats"/> seats to the best-placed candidates: each reservation, in order, takes the best-placed
    /// candidates of its category not yet elected, up to its minimum; the remaining seats go to the best-placed
    /// candidates left. O(r × n log n) for r reservations.
    /// </summary>
    /// <param name="seats">The seats, 1 or more.</param>
    /// <param name="candidates">The candidates, unique ids.</param>
    /// <param name="reservations">The reservations; their minimums sum to at most <paramref name="seats"/>.</param>
    /// <param name="tieBreak">The tie-break rules.</param>
    /// <param name="reference">The article imposing the election rule.</param>
    /// <returns>The outcome.</returns>
    public static ElectionOutcome MultiSeat(
        int seats, IEnumerable<Candidate> candidates, IEnumerable<SeatReservation> reservations, TieBreakChain tieBreak, LegalReference? reference)
    {
        Guard.Positive(seats);
        Guard.NotNull(tieBreak);
        var pool = Guard.NoNullElements(candidates);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in pool)
        {
            if (!ids.Add(c.Id))
            {
                throw new ArgumentException("candidate '" + c.Id + "' appears twice; candidate ids must be unique.", nameof(candidates));
            }
        }

        var reserved = Guard.NoNullElements(reservations);
        if (reserved.Sum(r => (long)r.Minimum) > seats)
        {
            throw new ArgumentException(
                Inv($"reservations ({string.Join(", ", reserved.Select(r => r.Category + " " + r.Minimum))}) reserve more than the {seats} seat(s) to fill."),
                nameof(reservations));
        }

        var lines = ImmutableArray.CreateBuilder<ExplanationLine>();
        var ties = ImmutableArray.CreateBuilder<TieResolution>();
        var elected = new List<ElectedCandidate>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        lines.Add(new ExplanationLine(
            seats == 1 && reserved.Length == 0 ? "single seat, plurality in one round" : "seats to the best-placed candidates",
            Inv($"{seats} seat(s), {pool.Length} candidate(s): ") + string.Join(", ", pool.OrderByDescending(c => c.Votes).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => Inv($"{c.Id} {c.Votes}"))),
            reference));
        var unfilled = 0;
        foreach (var reservation in reserved)
        {
            var eligible = pool.Where(c => !taken.Contains(c.Id) && reservation.Admits(c)).ToList();
            var places = Math.Min(reservation.Minimum, eligible.Count);
            var (chosen, left) = TakeBest(eligible, places, tieBreak, "reserved seats for " + reservation.Category, ties);
            foreach (var c in chosen)
            {
                taken.Add(c.Id);
                elected.Add(new ElectedCandidate(c.Id, c.Votes, reservation.Category));
            }

            unfilled += left;
            var shortfall = reservation.Minimum - places;
            lines.Add(new ExplanationLine(
                "reserved seats: " + reservation.Category,
                Inv($"at least {reservation.Minimum}: ") + (chosen.Count == 0 ? "none" : string.Join(", ", chosen.Select(c => Inv($"{c.Id} {c.Votes}"))))
                    + (shortfall > 0 ? Inv($"; only {eligible.Count} candidate(s) of the category, {shortfall} seat(s) return to the general pool") : string.Empty),
                reservation.Reference));
        }

        var general = seats - elected.Count - unfilled;
        var capped = reserved.Where(r => r.Maximum is { } max && elected.Count(e => e.Seat == r.Category) >= max).ToList();
        var rest = pool.Where(c => !taken.Contains(c.Id) && !capped.Any(r => r.Admits(c))).ToList();
        foreach (var r in capped)
        {
            var barred = pool.Where(c => !taken.Contains(c.Id) && r.Admits(c)).Select(c => c.Id).ToList();
            if (barred.Count > 0)
            {
                lines.Add(new ExplanationLine(
                    "reserved seats: " + r.Category + " capped",
                    Inv($"at most {r.Maximum}: ") + string.Join(", ", barred) + " take no general seat",
                    r.Reference));
            }
        }

        var placesLeft = Math.Min(general, rest.Count);
        var (winners, unresolved) = TakeBest(rest, placesLeft, tieBreak, "general seats", ties);
        foreach (var c in winners)
        {
            elected.Add(new ElectedCandidate(c.Id, c.Votes, "general"));
        }

        unfilled += unresolved + (general - placesLeft);
        if (reserved.Length > 0 || seats > 1)
        {
            lines.Add(new ExplanationLine("general seats", Inv($"{general}: ") + (winners.Count == 0 ? "none" : string.Join(", ", winners.Select(c => Inv($"{c.Id} {c.Votes}")))), reference));
        }

        foreach (var tie in ties)
        {
            lines.AddRange(tie.Steps);
        }

        lines.Add(new ExplanationLine(
            "result",
            (elected.Count == 0 ? "nobody elected" : "elected: " + string.Join(", ", elected.Select(e => e.Id)))
                + (unfilled > 0 ? Inv($"; {unfilled} seat(s) unfilled") : string.Empty)));
        return new ElectionOutcome(seats, [.. elected], ties.ToImmutable(), unfilled, lines.ToImmutable());
    }

    private static (List<Candidate> Chosen, int Unresolved) TakeBest(
        List<Candidate> pool, int places, TieBreakChain tieBreak, string context, ImmutableArray<TieResolution>.Builder ties)
    {
        var ordered = pool.OrderByDescending(c => c.Votes).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (places == 0)
        {
            return ([], 0);
        }

        if (places >= ordered.Count)
        {
            return (ordered, 0);
        }

        var cutoff = ordered[places - 1].Votes;
        var chosen = ordered.Where(c => c.Votes > cutoff).ToList();
        var tied = ordered.Where(c => c.Votes == cutoff).ToList();
        var left = places - chosen.Count;
        if (tied.Count == left)
        {
            chosen.AddRange(tied);
            return (chosen, 0);
        }

        var resolution = TieBreaker.Choose(tied.Select(c => new TieContender(c.Id, c.Votes)), left, tieBreak, Inv($"{context}: {left} place(s) at {cutoff} vote(s)"));
        ties.Add(resolution);
        chosen.AddRange(resolution.Winners.Select(id => tied.First(c => c.Id == id)));
        return (chosen, resolution.PlacesLeft);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
