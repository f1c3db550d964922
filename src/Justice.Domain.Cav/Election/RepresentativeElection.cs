using System.Collections.Immutable;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Cav.Election;

/// <summary>
/// <i>Élection des six représentants</i> (Ord. 58-1270, art. 10-1-1, II, 1°; Décret 2025-659, art. 14): seats by
/// quotient and largest remainder, then the elected titulars and alternates taken in list order, each list
/// receiving as many alternates as titular seats.
/// </summary>
public static class RepresentativeElection
{
    /// <summary>Runs the count for admissible lists and their valid votes.</summary>
    /// <param name="seats">The titular seats to fill.</param>
    /// <param name="lists">The admissible lists with their votes; union names must be unique.</param>
    /// <param name="lots">The drawing of lots for ties, or null to report a lot-decided tie unresolved.</param>
    /// <returns>The seats and the elected members.</returns>
    public static RepresentativeElectionResult Count(int seats, IEnumerable<(CandidateList List, long Votes)> lists, DrawingOfLots? lots)
    {
        var all = Guard.NotNull(lists).ToArray();
        foreach (var (list, _) in all)
        {
            Guard.NotNull(list, nameof(lists));
        }

        var outcome = RepresentativeSeats.Allocate(seats, all.Select(l => new ListVotes(l.List.Union, l.Votes)), lots);
        var elected = all.Select(l => Designate(l.List, outcome.SeatsOf(l.List.Union))).ToImmutableArray();
        return new RepresentativeElectionResult(outcome, elected);
    }

    /// <summary>Takes the first <paramref name="seats"/> titulars and alternates of <paramref name="list"/>, in list order.</summary>
    /// <param name="list">The list.</param>
    /// <param name="seats">The seats it won, 0 or more.</param>
    /// <returns>The elected members.</returns>
    public static ElectedList Designate(CandidateList list, int seats)
    {
        Guard.NotNull(list);
        Guard.NotNegative(seats);
        var titulars = list.Titulars.Take(seats).Select(c => c.Name).ToImmutableArray();
        var alternates = list.Alternates.Take(seats).Select(c => c.Name).ToImmutableArray();
        return new ElectedList(list.Union, seats, titulars, alternates, seats - Math.Min(titulars.Length, alternates.Length));
    }
}
