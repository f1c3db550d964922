using Justice.Domain.Core;
using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Grades;

namespace Justice.Domain.Usm.Elections;

/// <summary>
/// <i>Élections de l'USM</i> on the Deliberation engine: the president (Statuts USM, art. 8: plurality in one round, tie
/// by lot), the 26 council members (art. 12, al. 2, with 1 honorary and at least 8 second-grade-or-auditeur seats unless
/// too few candidates; RI art. 3-7, tie by lot) and the regional and section officers (art. 18, 19, 20; RI art. 1-7:
/// plurality in one round, tie by lot). The engine counts and decides; this class supplies seats, reservations and articles.
/// </summary>
/// <remarks>
/// Art. 22 says the assembly elects "à la majorité simple"; art. 8 and 12 fix a single round with a drawing of lots for
/// ties, so the simple majority is read as the relative majority (plurality). Art. 12, al. 2 says "au moins huit" for the
/// second grade and auditeurs but only "un (1)" for the honorary magistrates: read as one reserved seat, which does not
/// bar a second honorary candidate from a general seat won on votes (docs/usm.md, reading 15).
/// </remarks>
public static class UsmElections
{
    /// <summary>Category name of the honorary magistrates' reserved seat in the engine.</summary>
    public const string HonoraryCategory = "magistrats honoraires";

    /// <summary>Category name of the second-grade-or-auditeur reserved seats in the engine.</summary>
    public const string EntryGradeCategory = "second grade ou auditeurs";

    /// <summary>The reserved seats of art. 12, al. 2: one honorary, eight second-grade-or-auditeur.</summary>
    public static IReadOnlyList<SeatReservation> CouncilReservations { get; } =
    [
        new SeatReservation(HonoraryCategory, NationalCouncilComposition.HonorarySeats, LegalReference.UsmStatutes(12, 2)),
        new SeatReservation(EntryGradeCategory, NationalCouncilComposition.MinimumEntryGradeOrAuditeurSeats, LegalReference.UsmStatutes(12, 2)),
    ];

    /// <summary>Elects the president: plurality in one round, tie by lot (art. 8, al. 1).</summary>
    /// <param name="votes">Votes per admitted candidate.</param>
    /// <param name="lots">The drawing of lots for a tie.</param>
    /// <returns>The engine's outcome.</returns>
    public static ElectionOutcome President(IReadOnlyDictionary<string, long> votes, DrawingOfLots lots) =>
        Election.SingleSeatPlurality(
            Guard.NotNull(votes).Select(p => new Candidate(p.Key, p.Value)),
            TieBreakChain.LotOnly(Guard.NotNull(lots), LegalReference.UsmStatutes(8, 1)),
            LegalReference.UsmStatutes(8, 1));

    /// <summary>Elects the 26 council members with the reserved seats of art. 12, al. 2; ties by lot (RI art. 3-7).</summary>
    /// <param name="votes">Votes per admitted candidate.</param>
    /// <param name="categories">The council category of each candidate.</param>
    /// <param name="lots">The drawing of lots for a tie.</param>
    /// <returns>The engine's outcome; <c>Seat</c> names the reserved category or "general".</returns>
    /// <exception cref="ArgumentException">A candidate has no category.</exception>
    public static ElectionOutcome Council(IReadOnlyDictionary<string, long> votes, IReadOnlyDictionary<string, CouncilCandidateCategory> categories, DrawingOfLots lots)
    {
        Guard.NotNull(votes);
        Guard.NotNull(categories);
        var missing = votes.Keys.FirstOrDefault(id => !categories.ContainsKey(id));
        if (missing is not null)
        {
            throw new ArgumentException("candidate '" + missing + "' has no council category; art. 12, al. 2 needs it for the reserved seats.", nameof(categories));
        }

        return Election.MultiSeat(
            NationalCouncilComposition.ElectedSeats,
            votes.Select(p => new Candidate(p.Key, p.Value, CategoriesOf(categories[p.Key]))),
            CouncilReservations,
            TieBreakChain.LotOnly(Guard.NotNull(lots), LegalReference.UsmInternalRules("3-7")),
            LegalReference.UsmStatutes(12, 2));
    }

    /// <summary>Elects a regional or section officer: plurality in one round (art. 18, al. 6; art. 19; art. 20), tie by lot (RI art. 1-7).</summary>
    /// <param name="votes">Votes per candidate.</param>
    /// <param name="lots">The drawing of lots for a tie.</param>
    /// <returns>The engine's outcome.</returns>
    public static ElectionOutcome LocalOfficer(IReadOnlyDictionary<string, long> votes, DrawingOfLots lots) =>
        Election.SingleSeatPlurality(
            Guard.NotNull(votes).Select(p => new Candidate(p.Key, p.Value)),
            TieBreakChain.LotOnly(Guard.NotNull(lots), LegalReference.UsmInternalRules("1-7")),
            LegalReference.UsmStatutes(18, 6));

    private static string[] CategoriesOf(CouncilCandidateCategory category) => category switch
    {
        CouncilCandidateCategory.Honorary => [HonoraryCategory],
        CouncilCandidateCategory.EntryGradeOrAuditeur => [EntryGradeCategory],
        _ => [],
    };
}
