using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Preparation;
namespace Justice.Domain.Identity.Comparison;

/// <summary>
/// Date comparison on (year, month, day) with 0 for an unknown part: exact, compatible (a partial date whose
/// known parts agree, 1 January against another day of the same year (the placeholder of an unknown day and month), or,
/// with a year unknown, the same day and month), day and month swapped, one digit off (optimal
/// string alignment ≤ 1 on YYYYMMDD), same year (the month or day differs otherwise than by a typo), year ± 1 (the
/// same day and month where both are known: a year off by one), a generation apart (15 years or more: parent and child
/// share names and often the birth place, and such a gap is no typo (a one-digit year typo is the one-digit level):
/// its m is fixed, not estimated), different (any other pair of dates).
/// </summary>
internal sealed class DateComparison : FieldComparison
{
    public static readonly string[] LevelNames = ["exact", "compatible", "day-month-swapped", "one-digit", "same-year", "year-plus-minus-one", "generation-apart", "different"];

    /// <summary>
    /// The levels of two dates that no typo explains: same year, a generation apart, different. The civil-status profile
    /// makes them vetoes (the pair goes to review, never to an automatic match): a person's sources give one birth date,
    /// or one date and a typo of it, a year off by one, or a part left unknown; two other dates, with the same names, are
    /// most often two persons (homonyms born months apart, a father and his son). Without the veto, unsupervised
    /// training counts the homonyms among the matches and learns that a same-year date is no evidence against a match.
    /// </summary>
    public static readonly int[] OtherDateLevels = [4, 6, 7];
    private readonly int slot;

    public DateComparison(string name, int slot)
        : base(name, LevelNames, [0.85, 0.04, 0.03, 0.06, 0.01, 0.008, 0.0001, 0.0019], [0.00005, 0.0001, 0.00002, 0.0005, 0.012, 0.024, 0.6, 0.36333], termFrequency: false)
    {
        this.slot = slot;
        FixedMLevel = 6;
    }

    public override int Level(PreparedRecord a, PreparedRecord b) =>
        Level(a.Numbers[slot], a.Numbers[slot + 1], a.Numbers[slot + 2], b.Numbers[slot], b.Numbers[slot + 1], b.Numbers[slot + 2]);

    /// <summary>
    /// The level of two dates given as (year, month, day) with 0 for an unknown part. A date with nothing known is
    /// missing (−1). With a year unknown on either side, the dates are compatible when month and day are known on both
    /// sides and agree, and missing otherwise: without both years nothing else can be said.
    /// </summary>
    internal static int Level(int ay, int am, int ad, int by, int bm, int bd)
    {
        if ((ay | am | ad) == 0 || (by | bm | bd) == 0)
        {
            return -1;
        }

        var complete = ay != 0 && am != 0 && ad != 0 && by != 0 && bm != 0 && bd != 0;
        if (complete && ay == by && am == bm && ad == bd)
        {
            return 0;
        }

        // 1 January is also what a source writes for an unknown day and month: read with the same known year, it is
        // compatible (without a year on either side, it is a day and month like any other).
        if (ay != 0 && ay == by && (IsFirstOfJanuary(am, ad) || IsFirstOfJanuary(bm, bd)))
        {
            return 1;
        }

        var dayAndMonthAgree = (am == 0 || bm == 0 || am == bm) && (ad == 0 || bd == 0 || ad == bd);
        var agree = (ay == 0 || by == 0 || ay == by) && dayAndMonthAgree;
        if (ay == 0 || by == 0)
        {
            return agree && am != 0 && bm != 0 && ad != 0 && bd != 0 ? 1 : -1;
        }

        if (!complete && agree)
        {
            return 1;
        }

        if (complete && ay == by && am == bd && ad == bm)
        {
            return 2;
        }

        if (complete && OneEditApart((ay * 10000) + (am * 100) + ad, (by * 10000) + (bm * 100) + bd))
        {
            return 3;
        }

        if (ay == by)
        {
            return 4;
        }

        var gap = Math.Abs(ay - by);
        var sameDayAndMonth = dayAndMonthAgree || IsFirstOfJanuary(am, ad) || IsFirstOfJanuary(bm, bd);
        return gap == 1 && sameDayAndMonth ? 5 : gap >= 15 ? 6 : 7;
    }

    private static bool IsFirstOfJanuary(int month, int day) => month == 1 && day == 1;

    // Two YYYYMMDD numbers of eight digits are one optimal-string-alignment edit apart exactly when they differ in
    // one digit, or in two adjacent digits swapped (an insertion or deletion would change the length).
    internal static bool OneEditApart(int x, int y)
    {
        int first = -1, second = -1, count = 0;
        int dx1 = 0, dy1 = 0, dx2 = 0, dy2 = 0;
        for (var i = 0; i < 8; i++)
        {
            int dx = x % 10, dy = y % 10;
            x /= 10;
            y /= 10;
            if (dx == dy)
            {
                continue;
            }

            count++;
            if (count == 1)
            {
                (first, dx1, dy1) = (i, dx, dy);
            }
            else if (count == 2)
            {
                (second, dx2, dy2) = (i, dx, dy);
            }
            else
            {
                return false;
            }
        }

        return count == 1 || (count == 2 && second == first + 1 && dx1 == dy2 && dx2 == dy1);
    }
}
