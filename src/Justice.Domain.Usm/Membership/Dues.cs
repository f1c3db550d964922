using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Usm.Membership;

/// <summary>
/// <i>Cotisation</i>: the yearly dues (Statuts USM, art. 5, al. 2) and the loss of membership for unpaid dues
/// (art. 6 c). Dues are owed from 1 January for the whole civil year of joining, without <i>pro rata temporis</i>.
/// </summary>
public static class Dues
{
    /// <summary>The first day the dues of <paramref name="year"/> are owed: 1 January (art. 5, al. 2).</summary>
    /// <param name="year">The civil year.</param>
    /// <returns>1 January of that year.</returns>
    public static LocalDate OwedFrom(int year) => new(Guard.InRange(year, 1900, 9998), 1, 1);

    /// <summary>
    /// The share of the yearly dues owed by a member joining on <paramref name="joinedOn"/>: always the whole year,
    /// "l'adhésion en cours d'année n'ouvre droit à aucune réduction pro rata temporis" (art. 5, al. 2).
    /// </summary>
    /// <param name="yearlyAmount">The amount fixed by the national council for the year (art. 5, al. 2), in euros.</param>
    /// <param name="joinedOn">The day of joining.</param>
    /// <returns>The amount owed: <paramref name="yearlyAmount"/>, whatever the day.</returns>
    public static decimal OwedOnJoining(decimal yearlyAmount, LocalDate joinedOn)
    {
        if (yearlyAmount < 0)
        {
            throw Guard.OutOfRange(nameof(yearlyAmount), yearlyAmount, "0 or more");
        }

        _ = OwedFrom(joinedOn.Year);
        return yearlyAmount;
    }

    /// <summary>
    /// The day membership is lost when the dues after <paramref name="lastPaidYear"/> are not paid: 1 March of the next
    /// year (art. 6 c). A payment dated on or before that day is in time ("au 1er mars": the whole of 1 March, the
    /// convention of every day limit, docs/readings.md); without one, the person is no longer a member from the next day,
    /// 2 March.
    /// </summary>
    /// <param name="lastPaidYear">The year of the last dues paid.</param>
    /// <returns>1 March of <paramref name="lastPaidYear"/> + 1.</returns>
    public static LocalDate LapseDate(int lastPaidYear) => new(Guard.InRange(lastPaidYear, 1900, 9998) + 1, 3, 1);

    /// <summary>The article on the dues.</summary>
    public static LegalReference DuesReference { get; } = LegalReference.UsmStatutes(5, 2);

    /// <summary>The article on the loss of membership for unpaid dues.</summary>
    public static LegalReference LapseReference { get; } = LegalReference.Article(LegalText.UsmStatutes, "6", "c");

    /// <summary>
    /// Whether the dues of the civil year of <paramref name="day"/> were paid on or before it: the test for voters
    /// "à jour de leur cotisation la veille du scrutin" (RI USM, art. 3-3, al. 2) applied on the eve of the vote.
    /// </summary>
    /// <param name="record">The member's record.</param>
    /// <param name="day">The day.</param>
    /// <returns>True when up to date.</returns>
    public static bool IsUpToDate(MembershipRecord record, LocalDate day) =>
        Guard.NotNull(record).Dues.Any(d => d.Year == day.Year && d.PaidOn <= day);

    /// <summary>
    /// The state of membership on <paramref name="day"/> (art. 6): the earliest of resignation (a), joining another union
    /// (b), unpaid dues at 1 March (c) and exclusion (d) that falls on or before the day ends membership.
    /// A member who never paid any dues cannot lose membership under art. 6 c (it counts from the last dues); such a member
    /// is simply not up to date.
    /// </summary>
    /// <param name="record">The member's record.</param>
    /// <param name="day">The day.</param>
    /// <returns>The state.</returns>
    public static MembershipState StateOn(MembershipRecord record, LocalDate day)
    {
        Guard.NotNull(record);
        if (day < record.JoinedOn)
        {
            return new MembershipState(day, false, false, null, null, "not yet a member: joined on " + Iso(record.JoinedOn), LegalReference.UsmStatutes(4, 1));
        }

        var losses = new List<(LocalDate On, MembershipLossCause Cause, string Reason, LegalReference Reference)>();
        if (record.ResignedOn is { } resigned)
        {
            losses.Add((resigned, MembershipLossCause.Resignation, "resigned on " + Iso(resigned), LegalReference.Article(LegalText.UsmStatutes, "6", "a")));
        }

        if (record.JoinedAnotherUnionOn is { } other)
        {
            losses.Add((other, MembershipLossCause.JoinedAnotherUnion, "struck off by right: joined another union of judicial magistrates on " + Iso(other), LegalReference.Article(LegalText.UsmStatutes, "6", "b")));
        }

        if (record.ExcludedOn is { } excluded)
        {
            losses.Add((excluded, MembershipLossCause.Exclusion, "excluded by the national council on " + Iso(excluded), LegalReference.Article(LegalText.UsmStatutes, "6", "d")));
        }

        if (FirstLapse(record) is { } lapse)
        {
            losses.Add((lapse.On.PlusDays(1), MembershipLossCause.UnpaidDues, "dues of " + lapse.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " unpaid at " + Iso(lapse.On) + ", the day limit", LapseReference));
        }

        var first = losses.Where(l => l.On <= day).OrderBy(l => l.On).ThenBy(l => l.Cause).ToList();
        if (first.Count > 0)
        {
            var loss = first[0];
            return new MembershipState(day, false, false, loss.On, loss.Cause, loss.Reason, loss.Reference);
        }

        var upToDate = IsUpToDate(record, day);
        return new MembershipState(
            day,
            true,
            upToDate,
            null,
            null,
            upToDate ? "member, dues of the year paid" : "member, dues of the year not yet paid",
            DuesReference);
    }

    private static (LocalDate On, int Year)? FirstLapse(MembershipRecord record)
    {
        var paidYears = record.Dues.Select(d => d.Year).Distinct().OrderBy(y => y).ToList();
        if (paidYears.Count == 0)
        {
            return null;
        }

        // Walk from the first year paid: the first year Y whose next dues were not paid by 1 March of Y + 1.
        for (var year = paidYears[0]; year <= paidYears[^1]; year++)
        {
            if (!paidYears.Contains(year))
            {
                continue;
            }

            var lapse = LapseDate(year);
            var next = year + 1;
            if (!record.Dues.Any(d => d.Year == next && d.PaidOn <= lapse))
            {
                return (lapse, next);
            }
        }

        return null;
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
