using Justice.Domain.Core;
using Justice.Domain.Usm.Membership;
using Justice.Domain.Usm.Regions;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Regions;

public class RegionalUnionMembershipTests
{
    private static UnionMember Person(MemberStatus status, CourtOfAppeal? court = null, HonoraryAttachmentBasis? basis = null, CourtOfAppeal? last = null) =>
        new("m1", "Dupont", new LocalDate(1975, 5, 5), status, null, court, basis, last);

    [Fact]
    [Trait("Article", "Statuts USM, art. 18, al. 1")]
    public void Of_MagistrateInJurisdiction_IsInTheUnionOfTheCourtOfAppeal()
    {
        var attachment = RegionalUnionMembership.Of(Person(MemberStatus.MagistrateInJurisdiction, TestMembers.Court("Lyon")));
        Assert.Equal("Lyon", attachment.Union!.Name);
        Assert.Equal("Statuts USM, art. 18, al. 1", attachment.References[0].ToString());
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 18, al. 2")]
    [InlineData(MemberStatus.MinistryMagistrate)]
    [InlineData(MemberStatus.SecondedMagistrate)]
    [InlineData(MemberStatus.MadeAvailableMagistrate)]
    [InlineData(MemberStatus.AuditeurDeJustice)]
    public void Of_MinistrySecondedMadeAvailableOrAuditeur_IsInTheMinistryUnion(MemberStatus status)
    {
        var attachment = RegionalUnionMembership.Of(Person(status));
        Assert.Same(RegionalUnion.MinistryAndSeconded, attachment.Union);
        Assert.Equal("Statuts USM, art. 18, al. 2", attachment.References[0].ToString());
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 18, al. 3")]
    [InlineData(MemberStatus.CourDeCassationMagistrate)]
    [InlineData(MemberStatus.ExtraordinaryServiceAtCourDeCassation)]
    public void Of_CourDeCassation_IsInTheUnionOfParis(MemberStatus status)
    {
        var attachment = RegionalUnionMembership.Of(Person(status));
        Assert.Equal(RegionalUnion.Of(CourtOfAppeal.Paris), attachment.Union);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 18, al. 4")]
    public void Of_LivreFoncierJudge_IsInTheUnionOfTheAdministrativeResidence()
    {
        var attachment = RegionalUnionMembership.Of(Person(MemberStatus.LivreFoncierJudge, TestMembers.Court("Colmar")));
        Assert.Equal("Colmar", attachment.Union!.Name);
        Assert.Equal("Statuts USM, art. 18, al. 4", attachment.References[0].ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 18, al. 5")]
    public void Of_HonoraryMagistrate_FollowsTheChosenBasis()
    {
        var byDomicile = Person(MemberStatus.HonoraryMagistrate, TestMembers.Court("Rennes"), HonoraryAttachmentBasis.Domicile, TestMembers.Court("Douai"));
        var byLastPost = byDomicile with { HonoraryBasis = HonoraryAttachmentBasis.LastJurisdiction };
        Assert.Equal("Rennes", RegionalUnionMembership.Of(byDomicile).Union!.Name);
        Assert.Equal("Douai", RegionalUnionMembership.Of(byLastPost).Union!.Name);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 20, al. 2")]
    public void Of_ComplementaryCompetitionCandidate_FollowsTheAuditeurs()
    {
        var attachment = RegionalUnionMembership.Of(Person(MemberStatus.ComplementaryCompetitionCandidate));
        Assert.Same(RegionalUnion.MinistryAndSeconded, attachment.Union);
        Assert.Contains(attachment.References, r => r.ToString() == "Statuts USM, art. 20, al. 2");
    }

    [Theory]
    [InlineData(MemberStatus.MagistrateOnLeave)]
    [InlineData(MemberStatus.RetiredMagistrate)]
    public void Of_PositionArticle18DoesNotName_IsUnattachedAndSaysSo(MemberStatus status)
    {
        var attachment = RegionalUnionMembership.Of(Person(status));
        Assert.False(attachment.IsAttached);
        Assert.Contains("silent", attachment.Reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_MagistrateWithoutCourt_ThrowsNamingTheMemberAndTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionalUnionMembership.Of(Person(MemberStatus.MagistrateInJurisdiction)));
        Assert.Contains("'m1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Court", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_HonoraryWithoutBasis_ThrowsNamingTheMember()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionalUnionMembership.Of(Person(MemberStatus.HonoraryMagistrate, TestMembers.Court("Lyon"))));
        Assert.Contains("'m1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("HonoraryBasis", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 4")]
    public void Union_OfOverseasCourt_IsOverseas()
    {
        Assert.True(RegionalUnion.Of(TestMembers.Court("Nouméa")).IsOverseas);
        Assert.True(RegionalUnion.Of(TestMembers.Court("Saint-Pierre-et-Miquelon")).IsOverseas);
        Assert.False(RegionalUnion.Of(TestMembers.Court("Lyon")).IsOverseas);
        Assert.False(RegionalUnion.MinistryAndSeconded.IsOverseas);
    }

    [Fact]
    public void WellKnown_HoldsThe36CoursDAppelAndSaintPierre()
    {
        Assert.Equal(37, CourtOfAppeal.WellKnown.Count);
        Assert.Equal(37, CourtOfAppeal.WellKnown.Select(c => c.Name).Distinct().Count());
    }
}
