using Justice.Domain.Identity.Comparators;

namespace Justice.Domain.Identity.Matching;

/// <summary>
/// Date comparison on (year, month, day) with 0 for an unknown part: exact, compatible (a partial date whose
/// known parts agree), day and month swapped, one digit off (optimal string alignment ≤ 1 on YYYYMMDD),
/// same year, year ± 1, different.
/// </summary>
internal sealed class DateComparison : FieldComparison
{
    public static readonly string[] LevelNames = ["exact", "compatible", "day-month-swapped", "one-digit", "same-year", "year-plus-minus-one", "different"];
    private readonly int slot;

    public DateComparison(string name, int slot)
        : base(name, LevelNames, [0.85, 0.04, 0.03, 0.06, 0.01, 0.008, 0.002], [0.00005, 0.0001, 0.00002, 0.0005, 0.012, 0.024, 0.96333], termFrequency: false) =>
        this.slot = slot;

    public override int Level(PreparedRecord a, PreparedRecord b)
    {
        int ay = a.Numbers[slot], am = a.Numbers[slot + 1], ad = a.Numbers[slot + 2];
        int by = b.Numbers[slot], bm = b.Numbers[slot + 1], bd = b.Numbers[slot + 2];
        if (ay == 0 || by == 0)
        {
            return -1;
        }

        var complete = am != 0 && ad != 0 && bm != 0 && bd != 0;
        if (ay == by && am == bm && ad == bd && complete)
        {
            return 0;
        }

        if (!complete && ay == by && (am == 0 || bm == 0 || (am == bm && (ad == 0 || bd == 0 || ad == bd))))
        {
            return 1;
        }

        if (complete && ay == by && am == bd && ad == bm)
        {
            return 2;
        }

        if (complete)
        {
            Span<char> x = stackalloc char[8];
            Span<char> y = stackalloc char[8];
            Write(x, ay, am, ad);
            Write(y, by, bm, bd);
            if (DamerauLevenshtein.Distance(x, y) <= 1)
            {
                return 3;
            }
        }

        if (ay == by)
        {
            return 4;
        }

        return Math.Abs(ay - by) == 1 ? 5 : 6;
    }

    private static void Write(Span<char> target, int year, int month, int day)
    {
        var value = (year * 10000) + (Math.Clamp(month, 0, 99) * 100) + Math.Clamp(day, 0, 99);
        for (var i = 7; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
