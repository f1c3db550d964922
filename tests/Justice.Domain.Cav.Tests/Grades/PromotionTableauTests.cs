using Justice.Domain.Cav.Grades;
using Justice.Domain.Core;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Grades;

public class PromotionTableauTests
{
    [Fact]
    [Trait("Article", "Décret 2025-1032, tableaux d'avancement")]
    public void Check_ThirdGradeTableau_TwoSections_EachInscriptionNamesOne()
    {
        var issues = PromotionTableau.Check(
        [
            new TableauInscription("A", Grade.ThirdGrade, ThirdGradeTableauSection.FunctionsOfArticle4),
            new TableauInscription("B", Grade.ThirdGrade, ThirdGradeTableauSection.ExceptionalProfessionalValue),
            new TableauInscription("C", Grade.ThirdGrade),
            new TableauInscription("D", Grade.SecondGrade),
            new TableauInscription("E", Grade.SecondGrade, ThirdGradeTableauSection.FunctionsOfArticle4),
            new TableauInscription("F", Grade.FirstGrade),
            new TableauInscription("a ", Grade.ThirdGrade, ThirdGradeTableauSection.ExceptionalProfessionalValue),
        ]);
        Assert.Equal(4, issues.Length);
        Assert.Contains(issues, i => i.Message.Contains("'C'", StringComparison.Ordinal) && i.Message.Contains("without a section", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("'E'", StringComparison.Ordinal) && i.Message.Contains("only the troisième-grade tableau has sections", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("'F'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("'a '", StringComparison.Ordinal) && i.Message.Contains("twice", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Article", "Décret 2025-1032, art. 32")]
    public void Art32_FormerInscription_KeepsItsEffectUntilTheFirstDeuxiemeGradeTableau()
    {
        var first = new LocalDate(2026, 6, 15);
        Assert.True(PromotionTableau.FormerInscriptionOn(new LocalDate(2026, 3, 1), null).InEffect);
        Assert.True(PromotionTableau.FormerInscriptionOn(new LocalDate(2026, 6, 14), first).InEffect);
        var ended = PromotionTableau.FormerInscriptionOn(first, first);
        Assert.False(ended.InEffect);
        Assert.Equal("Décret 2025-1032, art. 32", ended.Reference.ToString());
        Assert.Contains("2026-06-15", ended.Reason, StringComparison.Ordinal);
    }
}
