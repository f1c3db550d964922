using System.Globalization;
using Justice.Domain.Identity.Comparators;
using Justice.Domain.Identity.Matching;

namespace Justice.Domain.Identity.Tests.Matching;

public sealed class DateComparisonTests
{
    [Fact]
    public void OneEditApart_RandomDates_AgreesWithOptimalStringAlignment()
    {
        var date = Gen.Choose(10_000_000, 99_999_999);
        var near = date.SelectMany(d => Gen.Choose(0, 7).SelectMany(p => Gen.Choose(0, 9).Select(v =>
        {
            var s = d.ToString(CultureInfo.InvariantCulture).ToCharArray();
            if (v % 2 == 0 && p < 7)
            {
                (s[p], s[p + 1]) = (s[p + 1], s[p]);
            }
            else
            {
                s[p] = (char)('0' + v);
            }

            return (d, int.Parse(new string(s), CultureInfo.InvariantCulture));
        })));
        Prop.ForAll(Gen.OneOf(near, date.Zip(date)).ToArbitrary(), p =>
            DateComparison.OneEditApart(p.Item1, p.Item2) == (p.Item1 != p.Item2 &&
                DamerauLevenshtein.Distance(p.Item1.ToString("D8", CultureInfo.InvariantCulture), p.Item2.ToString("D8", CultureInfo.InvariantCulture)) <= 1))
            .QuickCheckThrowOnFailure();
    }
}
