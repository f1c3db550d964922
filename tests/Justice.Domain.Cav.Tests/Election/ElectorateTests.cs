using Justice.Domain.Cav.Election;
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
        var decision = Electorate.Decide(new Elector("A", position));
        Assert.Equal(mayVote, decision.MayVote);
        Assert.Equal("Décret 2025-659, art. 2", decision.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 2")]
    public void Decide_LongSickLeaveOrTemporaryBan_Excluded()
    {
        Assert.False(Electorate.Decide(new Elector("A", AdministrativePosition.Activity, OnLongSickLeave: true)).MayVote);
        var barred = Electorate.Decide(new Elector("B", AdministrativePosition.Secondment, TemporarilyBarred: true));
        Assert.False(barred.MayVote);
        Assert.Contains("interdiction temporaire", barred.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    public void Decide_MemberElectedUnder2To4_DoesNotVote()
    {
        var decision = Electorate.Decide(new Elector("PP", AdministrativePosition.Activity, SitsUnder2To4: true));
        Assert.False(decision.MayVote);
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 1°", decision.Reference.ToString());
    }

    [Fact]
    public void Elector_BlankName_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Elector(" ", AdministrativePosition.Activity));
        Assert.Contains("Name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roll_CountsElectorsAndExcluded_AndRejectsADuplicateByName()
    {
        var roll = Electorate.Roll(
        [
            new Elector("A", AdministrativePosition.Activity),
            new Elector("B", AdministrativePosition.ParentalLeave),
            new Elector("C", AdministrativePosition.Activity, OnLongSickLeave: true),
            new Elector("D", AdministrativePosition.Other),
        ]);
        Assert.Equal(2, roll.Electors);
        Assert.Equal(2, roll.Excluded);
        var ex = Assert.Throws<ArgumentException>(() => Electorate.Roll([new Elector("A", AdministrativePosition.Activity), new Elector("a ", AdministrativePosition.Activity)]));
        Assert.Contains("'a '", ex.Message, StringComparison.Ordinal);
    }
}
