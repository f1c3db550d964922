using Justice.Domain.Usm.Succession;

namespace Justice.Domain.Usm.Tests.Succession;

public class RegionalSuccessionTests
{
    [Fact]
    [Trait("Article", "RI USM, art. 1-3, al. 2")]
    public void WhenDelegateVacant_DeputyThenTreasurer()
    {
        Assert.Equal("dep", RegionalSuccession.WhenDelegateVacant("dep", "tre").MemberId);
        Assert.Equal("tre", RegionalSuccession.WhenDelegateVacant(null, "tre").MemberId);
        Assert.False(RegionalSuccession.WhenDelegateVacant(null, null).Found);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-3, al. 4")]
    public void WhenTreasurerVacant_DelegateRunsTheAdministration() =>
        Assert.Equal("del", RegionalSuccession.WhenTreasurerVacant("del").MemberId);

    [Fact]
    [Trait("Article", "RI USM, art. 2-5, al. 2")]
    public void WhenDelegatePreventedAtEnlargedCouncil_DeputyElseTreasurer()
    {
        Assert.Equal("dep", RegionalSuccession.WhenDelegatePreventedAtEnlargedCouncil("dep", "tre").MemberId);
        Assert.Equal("tre", RegionalSuccession.WhenDelegatePreventedAtEnlargedCouncil(" ", "tre").MemberId);
    }
}
