using FsCheck.Xunit;
using Justice.Domain.Cav.Election;
using Justice.Domain.Core;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class ElectorateTests
{
    [Theory]
    [Trait("Article", "Décret 2025-659, art. 2")]
    [InlineData(AdministrativePosition.Activity, true)]
    [InlineData(AdministrativePosition.Secondment, true)]
    [InlineData(AdministrativePosition.ParentalLeave, true)]
    [InlineData(AdministrativePosition.Other, false)]
    public void Decide_ByPosition_Art2(AdministrativePosition position, bool mayVote)
    {
        var decision = Electorate.Decide(new Elector("A", position, Grade.FirstGrade));
        Assert.Equal(mayVote, decision.MayVote);
        Assert.Equal("Décret 2025-659, art. 2", decision.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 2")]
    public void Decide_LongSickLeaveOrTemporaryBan_Excluded()
    {
        Assert.False(Electorate.Decide(new Elector("A", AdministrativePosition.Activity, Grade.FirstGrade, OnLongSickLeave: true)).MayVote);
        var barred = Electorate.Decide(new Elector("B", AdministrativePosition.Secondment, Grade.FirstGrade, TemporarilyBarred: true));
        Assert.False(barred.MayVote);
        Assert.Contains("interdiction temporaire", barred.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    public void Decide_MemberElectedUnder2To4_DoesNotVote()
    {
        var decision = Electorate.Decide(new Elector("PP", AdministrativePosition.Activity, Grade.FirstGrade, SitsUnder2To4: true));
        Assert.False(decision.MayVote);
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 1°", decision.Reference.ToString());
    }

    [Fact]
    public void Elector_BlankName_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Elector(" ", AdministrativePosition.Activity, Grade.FirstGrade));
        Assert.Contains("Name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roll_CountsElectorsAndExcluded_AndRejectsADuplicateByName()
    {
        var roll = Electorate.Roll(
        [
            new Elector("A", AdministrativePosition.Activity, Grade.FirstGrade),
            new Elector("B", AdministrativePosition.ParentalLeave, Grade.FirstGrade),
            new Elector("C", AdministrativePosition.Activity, Grade.FirstGrade, OnLongSickLeave: true),
            new Elector("D", AdministrativePosition.Other, Grade.FirstGrade),
        ]);
        Assert.Equal(2, roll.Electors);
        Assert.Equal(2, roll.Excluded);
        var ex = Assert.Throws<ArgumentException>(() => Electorate.Roll([new Elector("A", AdministrativePosition.Activity, Grade.FirstGrade), new Elector("a ", AdministrativePosition.Activity, Grade.FirstGrade)]));
        Assert.Contains("'a '", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    [InlineData(StatusWithoutGrade.AuditeurDeJustice, "auditeur de justice")]
    [InlineData(StatusWithoutGrade.TemporaryMagistrate, "magistrat à titre temporaire")]
    [InlineData(StatusWithoutGrade.HonoraryMagistrateSitting, "magistrat honoraire")]
    public void Art10_1_1_II_1_PersonWithoutGradeInActivity_NotOnTheRoll(StatusWithoutGrade status, string words)
    {
        // "élus … par l'ensemble des magistrats des premier, deuxième et troisième grades": in activity, but no grade.
        var decision = Electorate.Decide(new Elector("X", AdministrativePosition.Activity, null, WithoutGrade: status));
        Assert.False(decision.MayVote);
        Assert.Contains(words, decision.Reason, StringComparison.Ordinal);
        Assert.Contains("premier, deuxième et troisième grades", decision.Reason, StringComparison.Ordinal);
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 1°", decision.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    public void Art10_1_1_II_1_Roll_ThreeGradesAndAFormerGradeVote_AuditeurAndTemporaryDoNot()
    {
        var roll = Electorate.Roll(
        [
            new Elector("P1", AdministrativePosition.Activity, Grade.FirstGrade),
            new Elector("P2", AdministrativePosition.Secondment, Grade.SecondGrade),
            new Elector("P3", AdministrativePosition.ParentalLeave, Grade.ThirdGrade),
            new Elector("HH", AdministrativePosition.Activity, Grade.FormerHorsHierarchie),
            new Elector("AJ", AdministrativePosition.Activity, null, WithoutGrade: StatusWithoutGrade.AuditeurDeJustice),
            new Elector("MTT", AdministrativePosition.Activity, null, WithoutGrade: StatusWithoutGrade.TemporaryMagistrate),
        ]);
        Assert.Equal(4, roll.Electors);
        Assert.Equal(2, roll.Excluded);
    }

    [Property]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    public bool Art10_1_1_II_1_NobodyWithoutAGradeVotes_EveryGradedMagistrateInActivityDoes(bool graded, PositiveInt pick, bool sick, bool barred, bool sits)
    {
        var elector = graded
            ? new Elector("M", AdministrativePosition.Activity, Grade.All[pick.Get % Grade.All.Count], sick, barred, sits)
            : new Elector("M", AdministrativePosition.Activity, null, sick, barred, sits, (StatusWithoutGrade)(pick.Get % 6));
        return Electorate.Decide(elector).MayVote == (graded && !sick && !barred && !sits);
    }

    [Fact]
    public void Elector_NeitherGradeNorStatus_ThrowsNamingTheElector()
    {
        var neither = Assert.Throws<ArgumentException>(() => new Elector("Z", AdministrativePosition.Activity, null));
        Assert.Contains("'Z' has neither", neither.Message, StringComparison.Ordinal);
        var both = Assert.Throws<ArgumentException>(() => new Elector("Y", AdministrativePosition.Activity, Grade.FirstGrade, WithoutGrade: StatusWithoutGrade.AuditeurDeJustice));
        Assert.Contains("'Y' has both", both.Message, StringComparison.Ordinal);
    }
}
