using Justice.Domain.Core;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Grades;

public class StatutoryGradeReadingTests
{
    private static readonly LocalDate BeforeReform = new(2025, 12, 30);
    private static readonly LocalDate AfterReform = new(2025, 12, 31);

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void StatutorySecondGradeOn_UntilAndFromTheReform_IsTheEntryGrade()
    {
        Assert.Equal(Grade.FormerSecondGrade, StatutoryGradeReading.StatutorySecondGradeOn(BeforeReform));
        Assert.Equal(Grade.FirstGrade, StatutoryGradeReading.StatutorySecondGradeOn(AfterReform));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void IsStatutorySecondGrade_FormerSecondGradeRecordRead2026_True() =>
        Assert.True(StatutoryGradeReading.IsStatutorySecondGrade(Grade.FormerSecondGrade, new LocalDate(2026, 11, 26)));

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Art12Al2_DeuxiemeGradeReading_FromTheReformTheNewDeuxiemeGrade()
    {
        Assert.Equal(Grade.SecondGrade, StatutoryGradeReading.StatutorySecondGradeOn(AfterReform, SecondGradeReading.DeuxiemeGrade));
        Assert.Equal(Grade.FormerSecondGrade, StatutoryGradeReading.StatutorySecondGradeOn(BeforeReform, SecondGradeReading.DeuxiemeGrade));
        // A former premier grade is read in 2026 as the deuxième grade: in the category under this reading only.
        var member = TestMembers.InCourt("p", "Lyon", Grade.FormerFirstGrade);
        Assert.Equal(CouncilCandidateCategory.Other, StatutoryGradeReading.CategoryOf(member, new LocalDate(2026, 11, 26)));
        Assert.Equal(CouncilCandidateCategory.EntryGradeOrAuditeur, StatutoryGradeReading.CategoryOf(member, new LocalDate(2026, 11, 26), SecondGradeReading.DeuxiemeGrade));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void IsStatutorySecondGrade_NewDeuxiemeGrade2026_False() =>
        Assert.False(StatutoryGradeReading.IsStatutorySecondGrade(Grade.SecondGrade, new LocalDate(2026, 11, 26)));

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void IsStatutorySecondGrade_FormerPremierGradeRead2026_FalseBecauseNowDeuxieme() =>
        Assert.False(StatutoryGradeReading.IsStatutorySecondGrade(Grade.FormerFirstGrade, new LocalDate(2026, 11, 26)));

    [Fact]
    public void IsStatutorySecondGrade_NewGradeBeforeTheReform_ThrowsNamingTheGrade()
    {
        var ex = Assert.Throws<ArgumentException>(() => StatutoryGradeReading.IsStatutorySecondGrade(Grade.FirstGrade, BeforeReform));
        Assert.Contains("FirstGrade", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void CategoryOf_HonoraryAuditeurEntryGradeOther()
    {
        var day = new LocalDate(2026, 11, 26);
        Assert.Equal(CouncilCandidateCategory.Honorary, StatutoryGradeReading.CategoryOf(TestMembers.Honorary("h", "Lyon"), day));
        Assert.Equal(CouncilCandidateCategory.EntryGradeOrAuditeur, StatutoryGradeReading.CategoryOf(TestMembers.Auditeur("a"), day));
        Assert.Equal(CouncilCandidateCategory.EntryGradeOrAuditeur, StatutoryGradeReading.CategoryOf(TestMembers.InCourt("p", "Lyon", Grade.FirstGrade), day));
        Assert.Equal(CouncilCandidateCategory.Other, StatutoryGradeReading.CategoryOf(TestMembers.InCourt("d", "Lyon", Grade.SecondGrade), day));
        Assert.Equal(CouncilCandidateCategory.Other, StatutoryGradeReading.CategoryOf(TestMembers.InCourt("t", "Lyon", Grade.ThirdGrade), day));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void CategoryOf_FormerSecondGradeIn2024_EntryGrade() =>
        Assert.Equal(CouncilCandidateCategory.EntryGradeOrAuditeur,
            StatutoryGradeReading.CategoryOf(TestMembers.InCourt("s", "Lyon", Grade.FormerSecondGrade), new LocalDate(2024, 11, 20)));

    [Fact]
    public void CategoryOf_TemporaryMagistrateWithoutGrade_Other() =>
        Assert.Equal(CouncilCandidateCategory.Other, StatutoryGradeReading.CategoryOf(
            new UnionMember("x", "X", new LocalDate(1960, 1, 1), MemberStatus.TemporaryMagistrate, null, TestMembers.Court("Lyon")), new LocalDate(2026, 1, 1)));
}
