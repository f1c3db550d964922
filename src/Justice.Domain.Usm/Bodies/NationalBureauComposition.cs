using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Regions;

namespace Justice.Domain.Usm.Bodies;

/// <summary>
/// <i>Composition du bureau national</i> (Statuts USM, art. 16): nine members on the posts of al. 1; the members other
/// than the president elected by the council among its elected members (al. 2); at least three members from three
/// distinct cours d'appel other than Paris and Versailles, unless no candidate (al. 3).
/// </summary>
public static class NationalBureauComposition
{
    /// <summary>The number of members: nine (art. 16, al. 1, two national secretaries included).</summary>
    public const int Members = 9;

    /// <summary>"Trois membres au moins … à trois cours d'appel distinctes de celles de Paris et Versailles" (art. 16, al. 3).</summary>
    public const int MinimumDistinctOtherCourts = 3;

    /// <summary>The nine seats of art. 16, al. 1, in the text's order.</summary>
    public static IReadOnlyList<BureauPost> Posts { get; } =
    [
        BureauPost.President, BureauPost.VicePresident, BureauPost.SecretaryGeneral, BureauPost.DeputySecretaryGeneral,
        BureauPost.NationalTreasurer, BureauPost.DeputyNationalTreasurer, BureauPost.NationalSecretaryEditor,
        BureauPost.NationalSecretary, BureauPost.NationalSecretary,
    ];

    /// <summary>How many seats a post has: two national secretaries, one of every other post.</summary>
    /// <param name="post">The post.</param>
    /// <returns>1 or 2.</returns>
    public static int SeatsOf(BureauPost post) => Guard.Defined(post) == BureauPost.NationalSecretary ? 2 : 1;

    /// <summary>The distinct cours d'appel other than Paris and Versailles among <paramref name="courts"/>.</summary>
    /// <param name="courts">Courts (null for a member of no ressort).</param>
    /// <returns>The distinct names, ordinal order.</returns>
    public static IReadOnlyList<string> DistinctOtherCourts(IEnumerable<CourtOfAppeal?> courts) =>
        Guard.NotNull(courts).OfType<CourtOfAppeal>().Where(c => !c.IsParisOrVersailles)
            .Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Checks a bureau against art. 16: each post filled as many times as it has seats; nobody on two posts; every member
    /// other than the president among the council's elected members; at least three distinct cours d'appel other than
    /// Paris and Versailles, the last rule excused when the candidates (holders included) did not offer three such courts ("sauf défaut de candidature").
    /// </summary>
    /// <param name="seats">The bureau's seats.</param>
    /// <param name="electedCouncilMembers">The ids of the council's elected members (art. 16, al. 2).</param>
    /// <param name="candidateCourts">The courts of every candidate to the bureau (for the "défaut de candidature" excuse), holders included.</param>
    /// <returns>The check.</returns>
    public static BureauCompositionCheck Check(
        IEnumerable<BureauSeat> seats,
        IEnumerable<string> electedCouncilMembers,
        IEnumerable<CourtOfAppeal?> candidateCourts)
    {
        var all = Guard.NoNullElements(seats);
        var elected = new HashSet<string>(Guard.NoNullElements(electedCouncilMembers), StringComparer.Ordinal);
        var candidates = Guard.NotNull(candidateCourts).ToList();
        var problems = new List<RuleVerdict>();
        foreach (var post in Posts.Distinct())
        {
            var held = all.Count(s => s.Post == post);
            if (held != SeatsOf(post))
            {
                problems.Add(RuleVerdict.No(
                    string.Create(CultureInfo.InvariantCulture, $"post {post} is held {held} times; it has {SeatsOf(post)} seat(s)"),
                    LegalReference.UsmStatutes(16, 1)));
            }
        }

        foreach (var twice in all.GroupBy(s => s.MemberId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(RuleVerdict.No("member '" + twice.Key + "' holds " + twice.Count().ToString(CultureInfo.InvariantCulture) + " posts", LegalReference.UsmStatutes(16, 1)));
        }

        foreach (var seat in all.Where(s => s.Post != BureauPost.President && !elected.Contains(s.MemberId)))
        {
            problems.Add(RuleVerdict.No("member '" + seat.MemberId + "' (" + seat.Post + ") is not an elected member of the national council", LegalReference.UsmStatutes(16, 2)));
        }

        var represented = DistinctOtherCourts(all.Select(s => s.Court));
        var offered = DistinctOtherCourts(candidates.Concat(all.Select(s => s.Court)));
        var excused = false;
        if (represented.Count < MinimumDistinctOtherCourts)
        {
            if (offered.Count >= MinimumDistinctOtherCourts)
            {
                problems.Add(RuleVerdict.No(
                    string.Create(CultureInfo.InvariantCulture, $"{represented.Count} distinct cours d'appel other than Paris and Versailles on the bureau; at least 3 are required and the candidates offered {offered.Count}"),
                    LegalReference.UsmStatutes(16, 3)));
            }
            else
            {
                excused = true;
            }
        }

        return new BureauCompositionCheck(problems.Count == 0, represented, excused, problems);
    }
}
