using System.Globalization;
using FsCheck.Xunit;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Text;

namespace Justice.Domain.Identity.Tests.Comparison;

public sealed class DateComparisonTests
{
    [Property]
    public Property OneEditApart_RandomDates_AgreesWithOptimalStringAlignment()
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
        return Prop.ForAll(Gen.OneOf(near, date.Zip(date)).ToArbitrary(), p =>
            DateComparison.OneEditApart(p.Item1, p.Item2) == (p.Item1 != p.Item2 &&
                DamerauLevenshtein.Distance(p.Item1.ToString("D8", CultureInfo.InvariantCulture), p.Item2.ToString("D8", CultureInfo.InvariantCulture)) <= 1))
            ;
    }

    [Theory]
    [InlineData("1970-03-12", "1970-03-12", "exact")]
    [InlineData("1970-03-12", "1970-03-00", "compatible")]
    [InlineData("1970-03-12", "1970-00-12", "compatible")]
    [InlineData("1970-03-12", "1970-00-13", "same-year")]
    [InlineData("1970-03-12", "0000-03-12", "compatible")]
    [InlineData("1970-03-12", "0000-03-13", "missing")]
    [InlineData("1970-03-12", "0000-03-00", "missing")]
    [InlineData("1970-03-12", "0000-00-00", "missing")]
    [InlineData("1970-03-12", "1970-12-03", "day-month-swapped")]
    [InlineData("1970-03-12", "1971-03-12", "one-digit")]
    [InlineData("1970-03-12", "1969-01-01", "year-plus-minus-one")]
    [InlineData("1970-03-12", "1969-03-12", "year-plus-minus-one")]
    [InlineData("1970-03-12", "1971-07-25", "different")] // a year off by one and another day and month: no typo explains it
    [InlineData("1970-03-12", "1970-07-25", "same-year")]
    [InlineData("1970-03-12", "1970-01-01", "compatible")] // 1 January: the placeholder of an unknown day and month
    [InlineData("1970-01-01", "1970-07-25", "compatible")]
    [InlineData("0000-01-01", "0000-07-25", "missing")] // no year on either side: 1 January is no placeholder there
    [InlineData("0000-01-01", "0000-01-01", "compatible")]
    [InlineData("1970-03-12", "1992-03-12", "generation-apart")]
    public void Level_PartialDates_KnownPartsComparedUnknownPartsNeutral(string a, string b, string expected)
    {
        static (int Y, int M, int D) Parts(string text)
        {
            Assert.True(Justice.Domain.Identity.Records.PartialDate.TryParse(text, out var date, out _));
            return (date.Year, date.Month, date.Day);
        }

        var (ay, am, ad) = Parts(a);
        var (by, bm, bd) = Parts(b);
        var level = DateComparison.Level(ay, am, ad, by, bm, bd);
        Assert.Equal(expected, level < 0 ? "missing" : DateComparison.LevelNames[level]);
        Assert.Equal(level, DateComparison.Level(by, bm, bd, ay, am, ad));
    }
}
