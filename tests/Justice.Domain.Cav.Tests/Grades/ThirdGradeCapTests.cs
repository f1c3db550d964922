using FsCheck.Xunit;
using Justice.Domain.Cav.Grades;
using Xunit;

namespace Justice.Domain.Cav.Tests.Grades;

public class ThirdGradeCapTests
{
    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, III")]
    public void Check_18PercentOf9500_Is1710()
    {
        var decision = ThirdGradeCap.Check(9500, 1700, 10);
        Assert.True(decision.Allowed);
        Assert.Equal(10, decision.MaxPromotions);
        Assert.False(ThirdGradeCap.Check(9500, 1700, 11).Allowed);
    }

    [Fact]
    public void Check_AlreadyAboveCap_NoPromotion()
    {
        var decision = ThirdGradeCap.Check(100, 20, 0);
        Assert.Equal(0, decision.MaxPromotions);
        Assert.False(decision.Allowed);
    }

    [Property]
    public Property Check_Property_MaxPromotionsIsTheLargestAllowed()
    {
        var gen = Gen.Choose(1, 20000).SelectMany(w => Gen.Choose(0, w).Select(c => (w, c)));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var max = ThirdGradeCap.Check(t.w, t.c, 0).MaxPromotions;
            var capOk = max == 0 || ThirdGradeCap.Check(t.w, t.c, max).Allowed;
            var nextFails = !ThirdGradeCap.Check(t.w, t.c, max + 1).Allowed;
            return capOk && nextFails;
        });
    }

    [Fact]
    public void Check_BadInput_ThrowsNamingTheArgument()
    {
        Assert.Contains("workforce", Assert.Throws<ArgumentOutOfRangeException>(() => ThirdGradeCap.Check(0, 0, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("currentThirdGrade", Assert.Throws<ArgumentOutOfRangeException>(() => ThirdGradeCap.Check(10, 11, 0)).Message, StringComparison.Ordinal);
    }
}
