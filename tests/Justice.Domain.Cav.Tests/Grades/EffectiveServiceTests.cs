using FsCheck.Xunit;
using Justice.Domain.Cav.Grades;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Grades;

public class EffectiveServiceTests
{
    [Fact]
    public void ReachedOn_NoGap_IsTheAnniversary()
    {
        Assert.Equal(new LocalDate(2024, 9, 1), EffectiveService.ReachedOn(new LocalDate(2019, 9, 1), 5));
        Assert.Equal(new LocalDate(2025, 2, 28), EffectiveService.ReachedOn(new LocalDate(2020, 2, 29), 5));
    }

    [Fact]
    public void ReachedOn_NullPeriod_ThrowsNamingTheArgument()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => EffectiveService.ReachedOn(new LocalDate(2019, 9, 1), 5, [new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 2)), null!]));
        Assert.Contains("notCounted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReachedOn_OverlappingAndOutsideGaps_CountEachDayOnce()
    {
        var since = new LocalDate(2019, 9, 1);
        DateInterval[] gaps =
        [
            new(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 10)),
            new(new LocalDate(2020, 1, 5), new LocalDate(2020, 1, 20)),
            new(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)),
            new(new LocalDate(2030, 1, 1), new LocalDate(2030, 12, 31)),
        ];
        Assert.Equal(new LocalDate(2024, 9, 21), EffectiveService.ReachedOn(since, 5, gaps));
    }

    [Property]
    public Property ReachedOn_Property_GapsNeverBringTheDateForwardAndAddAtMostTheirLength()
    {
        var gen = Gen.Choose(0, 4000).Zip(Gen.Choose(0, 400)).ArrayOf();
        return Prop.ForAll(gen.ToArbitrary(), raw =>
        {
            var since = new LocalDate(2015, 1, 1);
            var gaps = raw.Select(t => new DateInterval(since.PlusDays(t.Item1), since.PlusDays(t.Item1 + t.Item2))).ToArray();
            var plain = EffectiveService.ReachedOn(since, 5);
            var pushed = EffectiveService.ReachedOn(since, 5, gaps);
            var total = gaps.Sum(g => g.Length);
            return pushed >= plain && Period.Between(plain, pushed, PeriodUnits.Days).Days <= total;
        });
    }
}
