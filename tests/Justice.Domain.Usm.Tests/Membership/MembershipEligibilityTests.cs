using Justice.Domain.Usm.Membership;

namespace Justice.Domain.Usm.Tests.Membership;

public class MembershipEligibilityTests
{
    [Theory]
    [Trait("Article", "Statuts USM, art. 4, al. 1")]
    [InlineData(MemberStatus.MagistrateInJurisdiction)]
    [InlineData(MemberStatus.SecondedMagistrate)]
    [InlineData(MemberStatus.MagistrateOnLeave)]
    [InlineData(MemberStatus.RetiredMagistrate)]
    [InlineData(MemberStatus.AuditeurDeJustice)]
    [InlineData(MemberStatus.ComplementaryCompetitionCandidate)]
    [InlineData(MemberStatus.DirectIntegrationCandidate)]
    [InlineData(MemberStatus.LivreFoncierJudge)]
    [InlineData(MemberStatus.TemporaryMagistrate)]
    [InlineData(MemberStatus.ExtraordinaryServiceAtCourDeCassation)]
    public void CanJoin_PositionListedByArticle4_Yes(MemberStatus status) =>
        Assert.True(MembershipEligibility.CanJoin(status, false, false).Allowed);

    [Fact]
    [Trait("Article", "Statuts USM, art. 4, al. 1")]
    public void CanJoin_NotListed_No() =>
        Assert.Equal("Statuts USM, art. 4, al. 1", MembershipEligibility.CanJoin(MemberStatus.NotListed, false, false).Reference.ToString());

    [Fact]
    [Trait("Article", "Statuts USM, art. 4, al. 2")]
    public void CanJoin_MemberOfAnotherMagistratesUnion_NoByExclusivity()
    {
        var verdict = MembershipEligibility.CanJoin(MemberStatus.MagistrateInJurisdiction, true, false);
        Assert.False(verdict.Allowed);
        Assert.Equal("Statuts USM, art. 4, al. 2", verdict.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 4, al. 1")]
    public void CanJoin_CouncilRefusedApproval_No() =>
        Assert.False(MembershipEligibility.CanJoin(MemberStatus.MagistrateInJurisdiction, false, true).Allowed);
}
