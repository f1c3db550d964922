using Justice.Domain.Usm.Decisions;

namespace Justice.Domain.Usm.Tests.Decisions;

public class UsmRequestThresholdsTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    public void SecretBallotRequested_OneTenthOfPresent()
    {
        Assert.False(UsmRequestThresholds.SecretBallotRequested(14, 150).Allowed);
        Assert.True(UsmRequestThresholds.SecretBallotRequested(15, 150).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 25, al. 2")]
    public void ExtraordinaryAssemblyByRight_HalfOfMembersOrHalfOfDelegates()
    {
        Assert.True(UsmRequestThresholds.ExtraordinaryAssemblyByRight(1000, 2000, 0, 37).Allowed);
        Assert.True(UsmRequestThresholds.ExtraordinaryAssemblyByRight(10, 2000, 19, 37).Allowed);
        Assert.False(UsmRequestThresholds.ExtraordinaryAssemblyByRight(999, 2000, 18, 37).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void CouncilMeetingRequested_MajorityOf26ElectedIs14()
    {
        Assert.False(UsmRequestThresholds.CouncilMeetingRequested(13, 26).Allowed);
        Assert.True(UsmRequestThresholds.CouncilMeetingRequested(14, 26).Allowed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-9, al. 2")]
    public void SectionsAssemblyRequested_MajorityOfTheUnion()
    {
        Assert.False(UsmRequestThresholds.SectionsAssemblyRequested(50, 100).Allowed);
        Assert.True(UsmRequestThresholds.SectionsAssemblyRequested(51, 100).Allowed);
        Assert.True(UsmRequestThresholds.SectionsMeetingByRight(50, 100).Allowed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-2, al. 2")]
    public void SectionsMeetingByRight_HalfOfTheMembersUpToDate()
    {
        var verdict = UsmRequestThresholds.SectionsMeetingByRight(49, 100);
        Assert.False(verdict.Allowed);
        Assert.Equal("RI USM, art. 1-2, al. 2", verdict.Reference.ToString());
        Assert.True(UsmRequestThresholds.SectionsMeetingByRight(50, 100).Allowed);
        Assert.False(UsmRequestThresholds.SectionsMeetingByRight(50, 101).Allowed);
        Assert.True(UsmRequestThresholds.SectionsMeetingByRight(51, 101).Allowed);
    }

    [Fact]
    public void SecretBallotRequested_MoreRequestsThanPresent_ThrowsNamingCount() =>
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => UsmRequestThresholds.SecretBallotRequested(11, 10)).ParamName);
}
