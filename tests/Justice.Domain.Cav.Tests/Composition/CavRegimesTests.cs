using Justice.Domain.Cav;
using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Composition;

public class CavRegimesTests
{
    private static readonly LocalDate FormerFrom = new(2022, 9, 1);
    private static readonly LocalDate ReformedFrom = new(2026, 2, 13);

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 35")]
    public void Former_Art35_Has20TitularsOf16ElectedAnd4ExOfficio()
    {
        var former = CavRegimes.Former;
        Assert.Equal(20, former.TitularMembers);
        Assert.Equal(16, former.ElectedMembers);
        Assert.Equal(3, former.MandateYears);
        Assert.False(former.MandateRenewable);
        Assert.Equal(7, former.Seat("35-courts-first-grade")!.Titulars);
        Assert.Equal(Grade.FormerFirstGrade, former.Seat("35-courts-first-grade")!.RequiredGrade);
        Assert.Equal(3, former.Seat("35-courts-second-grade")!.Titulars);
        Assert.Equal(2, former.Seat("35-first-presidents")!.Titulars);
        Assert.Equal(2, former.Seat("35-prosecutors-general")!.Titulars);
        Assert.Equal(Grade.FormerHorsHierarchie, former.Seat("35-cass-siege")!.RequiredGrade);
        Assert.All(former.Seats, s => Assert.Equal("Ord. 58-1270, art. 35", s.Reference.ToString()));
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II")]
    public void Reformed_Art10_1_1_Has13MembersOf12ElectedAndTheDsj()
    {
        var reformed = CavRegimes.Reformed;
        Assert.Equal(13, reformed.TitularMembers);
        Assert.Equal(12, reformed.ElectedMembers);
        Assert.Equal(4, reformed.MandateYears);
        Assert.False(reformed.MandateRenewable);
        Assert.True(reformed.PromotionBarredDuringMandate);
        Assert.Equal(6, reformed.Seat("II-1")!.Titulars);
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 1°", reformed.Seat("II-1")!.Reference.ToString());
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 4°", reformed.Seat("II-4-siege")!.Reference.ToString());
        Assert.Equal(Grade.ThirdGrade, reformed.Seat("II-4-parquet")!.RequiredGrade);
        var dsj = reformed.Seat("II-5")!;
        Assert.Equal(CavSeatDesignation.ExOfficio, dsj.Designation);
        Assert.False(dsj.HasAlternates);
        Assert.DoesNotContain(reformed.Seats, s => s.Admits(JudicialFunction.ChiefInspectorGeneral) && !s.EligibleFunctions.IsEmpty);
    }

    [Fact]
    public void Reformed_Art10_1_1_II_4_ExcludesFirstPresidentAndReferendaries()
    {
        var siege = CavRegimes.Reformed.Seat("II-4-siege")!;
        var parquet = CavRegimes.Reformed.Seat("II-4-parquet")!;
        Assert.False(siege.Admits(JudicialFunction.FirstPresidentOfCassation));
        Assert.False(siege.Admits(JudicialFunction.ReferendaryJudgeOfCassation));
        Assert.False(siege.Admits(JudicialFunction.AuditorOfCassation));
        Assert.True(siege.Admits(JudicialFunction.CassationJudge));
        Assert.False(parquet.Admits(JudicialFunction.ProsecutorGeneralOfCassation));
        Assert.False(parquet.Admits(JudicialFunction.ReferendaryAdvocateGeneralOfCassation));
        Assert.True(parquet.Admits(JudicialFunction.AdvocateGeneralOfCassation));
    }

    [Fact]
    public void Timeline_DatesAroundTheSwitch_ReturnTheRegimeInForce()
    {
        var timeline = CavRegimes.Timeline(FormerFrom, ReformedFrom);
        Assert.Equal(CavRegimeKind.Former, timeline.At(FormerFrom).Regime);
        Assert.Equal(CavRegimeKind.Former, timeline.At(ReformedFrom.PlusDays(-1)).Regime);
        Assert.Equal(CavRegimeKind.Reformed, timeline.At(ReformedFrom).Regime);
        Assert.Equal(CavRegimeKind.Reformed, timeline.At(new LocalDate(2026, 3, 1)).Regime);
    }

    [Fact]
    public void Timeline_DateBeforeAnyRegime_ThrowsNamingTheDate()
    {
        var timeline = CavRegimes.Timeline(FormerFrom, ReformedFrom);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => timeline.At(new LocalDate(2020, 1, 1)));
        Assert.Contains("2020-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CAV composition rules", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ReformedBeforeTheGradeReform_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CavRegimes.Timeline(FormerFrom, new LocalDate(2025, 12, 30)));
        Assert.Contains("reformedFrom", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CavRegimes.Timeline(ReformedFrom, ReformedFrom));
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 35")]
    public void Formations_Former_ChairedByTheDoyenWithTheMostSeniorPremierAvocatGeneral()
    {
        var former = CavRegimes.Former;
        Assert.Equal(
            [CavFormation.PromotionLists, CavFormation.ContestedEvaluations, CavFormation.LateralRecruitment],
            former.Formations.Select(f => f.Formation));
        Assert.All(former.Formations, f =>
        {
            Assert.Equal("le doyen des présidents de chambre de la Cour de cassation", f.Chair);
            Assert.Equal("le plus ancien des premiers avocats généraux à la Cour de cassation", f.ViceChair);
        });
    }

    [Fact]
    public void Formations_Reformed_ChairsAndLimitsFromTheSources()
    {
        var reformed = CavRegimes.Reformed;
        var lists = reformed.FormationRules(CavFormation.PromotionLists)!;
        Assert.Contains("siège du troisième grade", lists.Chair, StringComparison.Ordinal);
        Assert.Contains("parquet général du troisième grade", lists.ViceChair, StringComparison.Ordinal);
        var evaluations = reformed.FormationRules(CavFormation.ContestedEvaluations)!;
        Assert.Null(evaluations.Chair);
        Assert.Contains(evaluations.Limits, l => l.Contains("ni annuler ni modifier", StringComparison.Ordinal));
        var consultative = reformed.FormationRules(CavFormation.StatusConsultation)!;
        Assert.Contains("garde des Sceaux", consultative.Chair, StringComparison.Ordinal);
        Assert.All(reformed.Formations, f => Assert.Contains(f.Gaps, g => g.Contains("Quorum", StringComparison.Ordinal)));
        Assert.Null(reformed.FormationRules(CavFormation.LateralRecruitment));
        Assert.NotNull(CavRegimes.Former.FormationRules(CavFormation.LateralRecruitment));
        Assert.Null(CavRegimes.Former.FormationRules(CavFormation.StatusConsultation));
    }

    [Fact]
    public void References_AreCitedInTheTextsForm()
    {
        Assert.Equal("Décret 2025-659, art. 14", CavReferences.SeatAllocation.ToString());
        Assert.Equal("Ord. 58-1270, art. 10-1, II", CavReferences.UnionRepresentativeness.ToString());
        Assert.Equal("Décret 2025-659, art. 7", CavReferences.GenderShare.ToString());
    }
}
