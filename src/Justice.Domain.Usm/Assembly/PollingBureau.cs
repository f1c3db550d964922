using System.Globalization;
using Justice.Domain.Core;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Bureau de vote</i> of the general assembly (RI USM, art. 3-5): nine members: the president, the secretary general,
/// the honorary magistrate member of the outgoing council, the three oldest and the three youngest regional delegates
/// present, candidates or not. It decides contests on candidacies, the list and the voting operations (al. 2).
/// </summary>
/// <param name="Seats">The members seated, ex officio members first, then the oldest, then the youngest delegates.</param>
/// <param name="Vacancies">Seats that could not be filled, with the reason (an ex officio member absent, too few delegates).</param>
/// <param name="UnresolvedTies">Delegates tied on birth date at the edge of the three oldest or youngest: the text sets no tie rule, so they are seated by identifier order and flagged for the assembly to confirm.</param>
public sealed record PollingBureau(IReadOnlyList<PollingBureauSeat> Seats, IReadOnlyList<string> Vacancies, IReadOnlyList<string> UnresolvedTies)
{
    /// <summary>"Il est composé de 9 membres" (RI art. 3-5, al. 1).</summary>
    public const int Size = 9;

    /// <summary>"les trois délégués régionaux présents les plus âgés et les trois … les plus jeunes" (RI art. 3-5, al. 1).</summary>
    public const int DelegatesAtEachEnd = 3;

    /// <summary>The article.</summary>
    public static LegalReference Reference { get; } = LegalReference.UsmInternalRules("3-5", 1);

    /// <summary>True when all nine seats are filled.</summary>
    public bool IsComplete => Seats.Count == Size;

    /// <summary>
    /// Computes the polling bureau from the attendance list. The ex officio members sit if present; the six delegates are
    /// taken among the regional delegates present other than those already seated, by birth date: the three earliest
    /// (oldest) and then, among the rest, the three latest (youngest). With fewer than six such delegates all of them sit
    /// and the missing seats are reported. Two delegates born the same day across the edge of a group, when more than six delegates
    /// compete for the six seats, are reported as an unresolved tie rather than decided by an invented rule. O(n log n) for n people present.
    /// </summary>
    /// <param name="attendance">The attendance list.</param>
    /// <param name="president">The president.</param>
    /// <param name="secretaryGeneral">The secretary general.</param>
    /// <param name="outgoingHonoraryCouncilMember">The honorary magistrate of the outgoing council, or null when there is none.</param>
    /// <returns>The bureau.</returns>
    /// <exception cref="ArgumentException">A member appears twice in the attendance list.</exception>
    public static PollingBureau Compute(
        IEnumerable<AttendanceEntry> attendance,
        string president,
        string secretaryGeneral,
        string? outgoingHonoraryCouncilMember)
    {
        var present = Guard.NoNullElements(attendance);
        Guard.NotBlank(president);
        Guard.NotBlank(secretaryGeneral);
        var duplicate = present.GroupBy(a => a.MemberId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException("attendance lists member '" + duplicate.Key + "' twice; each member signs once.", nameof(attendance));
        }

        var presentIds = new HashSet<string>(present.Select(a => a.MemberId), StringComparer.Ordinal);
        var seats = new List<PollingBureauSeat>();
        var vacancies = new List<string>();
        var ties = new List<string>();
        SeatIfPresent(president, PollingBureauRole.President, "the president");
        SeatIfPresent(secretaryGeneral, PollingBureauRole.SecretaryGeneral, "the secretary general");
        if (outgoingHonoraryCouncilMember is null)
        {
            vacancies.Add("the outgoing council has no honorary magistrate member");
        }
        else
        {
            SeatIfPresent(outgoingHonoraryCouncilMember, PollingBureauRole.OutgoingHonoraryCouncilMember, "the honorary magistrate of the outgoing council");
        }

        var seated = new HashSet<string>(seats.Select(s => s.MemberId), StringComparer.Ordinal);
        var delegates = present.Where(a => a.IsRegionalDelegate && !seated.Contains(a.MemberId))
            .OrderBy(a => a.BirthDate).ThenBy(a => a.MemberId, StringComparer.Ordinal).ToList();
        var oldest = delegates.Take(DelegatesAtEachEnd).ToList();
        var rest = delegates.Skip(oldest.Count).ToList();
        var youngest = rest.Skip(Math.Max(0, rest.Count - DelegatesAtEachEnd)).ToList();
        if (delegates.Count > 2 * DelegatesAtEachEnd)
        {
            // With six delegates or fewer all of them sit: a shared birth date decides nothing.
            CheckEdge(delegates, oldest.Count, "three oldest");
            CheckEdge(delegates, delegates.Count - youngest.Count, "three youngest");
        }

        seats.AddRange(oldest.Select(a => new PollingBureauSeat(a.MemberId, PollingBureauRole.OldestRegionalDelegate)));
        seats.AddRange(youngest.OrderByDescending(a => a.BirthDate).ThenBy(a => a.MemberId, StringComparer.Ordinal).Select(a => new PollingBureauSeat(a.MemberId, PollingBureauRole.YoungestRegionalDelegate)));
        var missing = 2 * DelegatesAtEachEnd - oldest.Count - youngest.Count;
        if (missing > 0)
        {
            vacancies.Add(string.Create(CultureInfo.InvariantCulture, $"only {delegates.Count} regional delegates present besides the ex officio members: {missing} delegate seat(s) empty"));
        }

        return new PollingBureau(seats, vacancies, ties);

        void SeatIfPresent(string id, PollingBureauRole role, string label)
        {
            if (presentIds.Contains(id))
            {
                seats.Add(new PollingBureauSeat(id, role));
            }
            else
            {
                vacancies.Add(label + " ('" + id + "') is not on the attendance list");
            }
        }

        void CheckEdge(List<AttendanceEntry> sorted, int edge, string group)
        {
            // edge = index of the first delegate outside the lower group (or of the first inside the upper group).
            if (edge <= 0 || edge >= sorted.Count || sorted[edge - 1].BirthDate != sorted[edge].BirthDate)
            {
                return;
            }

            var day = sorted[edge].BirthDate;
            var tied = sorted.Where(a => a.BirthDate == day).Select(a => a.MemberId);
            ties.Add("delegates " + string.Join(", ", tied) + " share the birth date " + NodaTime.Text.LocalDatePattern.Iso.Format(day) +
                " at the edge of the " + group + "; art. 3-5 sets no tie rule: seated here by identifier order, to be confirmed by the assembly");
        }
    }
}
