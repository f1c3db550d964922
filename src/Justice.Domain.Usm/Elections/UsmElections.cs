using Justice.Domain.Core;
using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Ties;
using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Readings;

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
/// second grade and auditeurs but only "un (1)" for the honorary magistrates: by default one reserved seat, which does
/// not bar a second honorary candidate from a general seat won on votes; <see cref="HonorarySeatReading.ExactlyOne"/>
/// caps the honorary magistrates at one (docs/readings.md).
/// </remarks>
public static class UsmElections
{
    /// <summary>Category name of the honorary magistrates' reserved seat in the engine.</summary>
    public const string HonoraryCategory = "magistrats honoraires";

    /// <summary>Category name of the second-grade-or-auditeur reserved seats in the engine.</summary>
    public const string EntryGradeCategory = "second grade ou auditeurs";

    /// <summary>The reserved seats of art. 12, al. 2 under the default reading: one honorary (at least), eight second-grade-or-auditeur.</summary>
    public static IReadOnlyList<SeatReservation> CouncilReservations { get; } = CouncilReservationsFor(HonorarySeatReading.AtLeastOne);

    /// <summary>The reserved seats of art. 12, al. 2 under a reading of "dont un (1)" honorary seat.</summary>
    /// <param name="honorarySeat">At least one (default) or exactly one honorary magistrate.</param>
    /// <returns>The reservations.</returns>
    public static IReadOnlyList<SeatReservation> CouncilReservationsFor(HonorarySeatReading honorarySeat) =>
    [
        new SeatReservation(HonoraryCategory, NationalCouncilComposition.HonorarySeats, LegalReference.UsmStatutes(12, 2),
            Maximum: Guard.Defined(honorarySeat) == HonorarySeatReading.ExactlyOne ? NationalCouncilComposition.HonorarySeats : null),
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
    /// <param name="honorarySeat">The reading of "dont un (1)" honorary seat; <see cref="HonorarySeatReading.AtLeastOne"/> by default.</param>
    /// <returns>The engine's outcome; <c>Seat</c> names the reserved category or "general".</returns>
    /// <exception cref="ArgumentException">A candidate has no category.</exception>
    public static ElectionOutcome Council(
        IReadOnlyDictionary<string, long> votes,
        IReadOnlyDictionary<string, CouncilCandidateCategory> categories,
        DrawingOfLots lots,
        HonorarySeatReading honorarySeat = HonorarySeatReading.AtLeastOne)
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
            CouncilReservationsFor(honorarySeat),
            TieBreakChain.LotOnly(Guard.NotNull(lots), LegalReference.UsmInternalRules("3-7")),
            LegalReference.UsmStatutes(12, 2));
    }

    /// <summary>
    /// Elects a member of the bureau to one post: "élus par le conseil national parmi ses membres élus" (art. 16, al. 2),
    /// one vote per post (a vacant post is filled "dans les mêmes conditions"). The texts set no special rule, so the
    /// council's ordinary rule applies (art. 15, al. 3): the simple majority read, for a choice between persons, as the
    /// most votes; a tie goes to the candidate the president voted for (<i>voix prépondérante</i>), and stays unresolved
    /// when the president's vote is not known (secret ballot) or went to none of the tied candidates.
    /// </summary>
    /// <param name="post">The post (art. 16, al. 1); the president is elected by the assembly (art. 8), not here.</param>
    /// <param name="votes">Votes per candidate.</param>
    /// <param name="electedCouncilMembers">The ids of the council's elected members, among whom the bureau is elected.</param>
    /// <param name="presidentVotedFor">The candidate the president voted for, or null when not known.</param>
    /// <returns>The engine's outcome.</returns>
    /// <exception cref="ArgumentException">The post is the presidency, or a candidate is not an elected member of the council (the message names it).</exception>
    public static ElectionOutcome BureauPost(Bodies.BureauPost post, IReadOnlyDictionary<string, long> votes, IEnumerable<string> electedCouncilMembers, string? presidentVotedFor = null)
    {
        if (Guard.Defined(post) == Bodies.BureauPost.President)
        {
            throw new ArgumentException("post President is elected by the general assembly (Statuts USM, art. 8), not by the council; art. 16, al. 2 covers the other posts.", nameof(post));
        }

        Guard.NotNull(votes);
        var elected = new HashSet<string>(Guard.NoNullElements(electedCouncilMembers), StringComparer.Ordinal);
        var outsider = votes.Keys.FirstOrDefault(id => !elected.Contains(id));
        if (outsider is not null)
        {
            throw new ArgumentException("candidate '" + outsider + "' to the post " + post + " is not an elected member of the national council; Statuts USM, art. 16, al. 2 elects the bureau among them.", nameof(votes));
        }

        var ranks = votes.Keys.ToDictionary(id => id, id => id == presidentVotedFor ? 0 : 1, StringComparer.Ordinal);
        var casting = presidentVotedFor is null
            ? TieBreakChain.Unresolved
            : TieBreakChain.Of(null, TieBreakStep.Precedence("the president's casting vote", ranks, LegalReference.UsmStatutes(15, 3)));
        return Election.SingleSeatPlurality(votes.Select(p => new Candidate(p.Key, p.Value)), casting, LegalReference.UsmStatutes(16, 2));
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
