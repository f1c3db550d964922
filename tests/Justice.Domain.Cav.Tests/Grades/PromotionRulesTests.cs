using Justice.Domain.Cav.Grades;
using Justice.Domain.Core;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Grades;

public class PromotionRulesTests
{
    private static readonly LocalDate Installed = new(2019, 9, 1);
    private static readonly LocalDate Echelon7 = new(2024, 1, 1);

    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, I")]
    public void SecondGrade_CliExample_Eligible()
    {
        var result = PromotionRules.SecondGrade(Grade.FirstGrade, Installed, Echelon7, new LocalDate(2026, 1, 1));
        Assert.True(result.Eligible);
        Assert.Equal(GradeReform.EffectiveDate, result.EligibleFrom);
        Assert.Equal(Grade.SecondGrade, result.Target);
    }

    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, I")]
    public void SecondGrade_FiveYearsBoundary_EligibleOnTheFifthAnniversaryNotTheDayBefore()
    {
        var installed = new LocalDate(2021, 3, 15);
        var anniversary = new LocalDate(2026, 3, 15);
        Assert.True(PromotionRules.SecondGrade(Grade.FirstGrade, installed, Echelon7, anniversary).Eligible);
        var before = PromotionRules.SecondGrade(Grade.FirstGrade, installed, Echelon7, anniversary.PlusDays(-1));
        Assert.False(before.Eligible);
        Assert.Equal(anniversary, before.EligibleFrom);
        Assert.False(before.Conditions[2].Met);
        Assert.Contains("2026-03-15", before.Conditions[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondGrade_OneYearInSeventhEchelonBoundary_BothSides()
    {
        var since = new LocalDate(2026, 1, 10);
        Assert.False(PromotionRules.SecondGrade(Grade.FirstGrade, Installed, since, new LocalDate(2027, 1, 9)).Eligible);
        Assert.True(PromotionRules.SecondGrade(Grade.FirstGrade, Installed, since, new LocalDate(2027, 1, 10)).Eligible);
        var none = PromotionRules.SecondGrade(Grade.FirstGrade, Installed, null, new LocalDate(2027, 1, 10));
        Assert.False(none.Eligible);
        Assert.Null(none.EligibleFrom);
    }

    [Fact]
    public void SecondGrade_FormerSecondGradeReadAsPremierGrade_AndBeforeTheReformNotEligible()
    {
        Assert.True(PromotionRules.SecondGrade(Grade.FormerSecondGrade, Installed, Echelon7, GradeReform.EffectiveDate).Eligible);
        var before = PromotionRules.SecondGrade(Grade.FormerSecondGrade, Installed, Echelon7, GradeReform.EffectiveDate.PlusDays(-1));
        Assert.False(before.Eligible);
        Assert.False(before.Conditions[0].Met);
        Assert.False(PromotionRules.SecondGrade(Grade.SecondGrade, Installed, Echelon7, new LocalDate(2026, 6, 1)).Eligible);
    }

    [Fact]
    public void SecondGrade_PeriodNotCounted_PushesTheDateBack()
    {
        var leave = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 1, 31));
        var result = PromotionRules.SecondGrade(Grade.FirstGrade, Installed, Echelon7, new LocalDate(2026, 1, 1), [leave]);
        Assert.Equal(new LocalDate(2024, 10, 2), result.Conditions[2].MetFrom);
    }

    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, II")]
    public void ThirdGrade_EightYearsBoundary_BothSides()
    {
        var appointed = new LocalDate(2018, 9, 1);
        Assert.True(PromotionRules.ThirdGrade(Grade.SecondGrade, appointed, new LocalDate(2026, 9, 1)).Eligible);
        var dayBefore = PromotionRules.ThirdGrade(Grade.SecondGrade, appointed, new LocalDate(2026, 8, 31));
        Assert.False(dayBefore.Eligible);
        Assert.Equal(new LocalDate(2026, 9, 1), dayBefore.EligibleFrom);
        Assert.True(PromotionRules.ThirdGrade(Grade.FormerFirstGrade, appointed, new LocalDate(2026, 9, 1)).Eligible);
        Assert.False(PromotionRules.ThirdGrade(Grade.FirstGrade, appointed, new LocalDate(2026, 9, 1)).Eligible);
    }

    [Fact]
    public void SecondGrade_DefaultGrade_ThrowsNamingTheArgument()
    {
        Assert.Contains("grade", Assert.Throws<ArgumentOutOfRangeException>(() => PromotionRules.SecondGrade(default, Installed, Echelon7, new LocalDate(2026, 1, 1))).Message, StringComparison.Ordinal);
    }
}
