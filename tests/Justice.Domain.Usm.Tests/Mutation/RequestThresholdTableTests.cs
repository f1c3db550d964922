using Justice.Domain.Usm.Decisions;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The requests that oblige a body to act, read back whole (answer, count, base, threshold, minimum and article) at
/// the edges of their fractions, so that a changed fraction, group, word or article fails; and the groups of nobody.
/// </summary>
public class RequestThresholdTableTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    public void SecretBallot_OneTenthOfThePresent_ReadBack()
    {
        // Statuts USM, art. 23, al. 2: "Le vote est secret sur la demande d'un dixième des membres présents."
        Assert.Equal(
            "no: 14 of 150 members present asking for a secret vote; at least 1/10 needs 15 (Statuts USM, art. 23, al. 2)",
            UsmRequestThresholds.SecretBallotRequested(14, 150).ToString());
        Assert.Equal(
            "yes: 15 of 150 members present asking for a secret vote; at least 1/10 needs 15 (Statuts USM, art. 23, al. 2)",
            UsmRequestThresholds.SecretBallotRequested(15, 150).ToString());

        // Every member present may ask: the whole of the base is a valid count.
        Assert.True(UsmRequestThresholds.SecretBallotRequested(150, 150).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 1")]
    public void CouncilMeeting_MajorityOfTheElectedMembers_ReadBack()
    {
        // Statuts USM, art. 15, al. 1: "à la demande de la majorité de ses membres élus", of the 26 (art. 12, al. 2).
        Assert.Equal(
            "no: 13 of 26 elected members asking for a council meeting; more than 1/2 needs 14 (Statuts USM, art. 15, al. 1)",
            UsmRequestThresholds.CouncilMeetingRequested(13, 26).ToString());
        Assert.Equal(
            "yes: 14 of 26 elected members asking for a council meeting; more than 1/2 needs 14 (Statuts USM, art. 15, al. 1)",
            UsmRequestThresholds.CouncilMeetingRequested(14, 26).ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-2, al. 2")]
    [Trait("Article", "RI USM, art. 1-9, al. 2")]
    public void Sections_HalfOfTheMembersUpToDate_AndMajorityOfTheUnion_ReadBack()
    {
        // RI USM, art. 1-2, al. 2: "à la demande de la moitié des adhérents à jour de leur cotisation".
        Assert.Equal(
            "yes: 50 of 100 members up to date asking for a meeting of the sections; at least 1/2 needs 50 (RI USM, art. 1-2, al. 2)",
            UsmRequestThresholds.SectionsMeetingByRight(50, 100).ToString());

        // RI USM, art. 1-9, al. 2: "sur demande formée par la majorité des membres de l'union régionale".
        Assert.Equal(
            "no: 50 of 100 union members asking for the assembly of the sections; more than 1/2 needs 51 (RI USM, art. 1-9, al. 2)",
            UsmRequestThresholds.SectionsAssemblyRequested(50, 100).ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 25, al. 2")]
    public void ExtraordinaryAssembly_EitherHalf_ReasonOfTheHalfReached()
    {
        // Statuts USM, art. 25, al. 2: "à la demande de la moitié des adhérents ou de la moitié des délégués régionaux".
        Assert.Equal(
            "yes: 1000 of 2000 members asking; at least 1/2 needs 1000 (Statuts USM, art. 25, al. 2)",
            UsmRequestThresholds.ExtraordinaryAssemblyByRight(1000, 2000, 0, 37).ToString());
        Assert.Equal(
            "yes: 19 of 37 regional delegates asking; at least 1/2 needs 19 (Statuts USM, art. 25, al. 2)",
            UsmRequestThresholds.ExtraordinaryAssemblyByRight(10, 2000, 19, 37).ToString());
        Assert.Equal(
            "no: 999 of 2000 members asking; at least 1/2 needs 1000; 18 of 37 regional delegates asking; at least 1/2 needs 19 (Statuts USM, art. 25, al. 2)",
            UsmRequestThresholds.ExtraordinaryAssemblyByRight(999, 2000, 18, 37).ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 25, al. 2")]
    public void ExtraordinaryAssembly_NoRegionalDelegates_HalfOfNobodyObligesNothing()
    {
        // A half of no delegates is no request: 0 of 0 does not convene the assembly by right.
        var verdict = UsmRequestThresholds.ExtraordinaryAssemblyByRight(999, 2000, 0, 0);
        Assert.False(verdict.Allowed);
        Assert.EndsWith("0 of 0 regional delegates asking; at least 1/2 needs 0", verdict.Reason, StringComparison.Ordinal);
        Assert.False(UsmRequestThresholds.SecretBallotRequested(0, 0).Allowed);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    public void Counts_NegativeOrAboveTheBase_ThrowNamingTheArgument()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => UsmRequestThresholds.SecretBallotRequested(-1, 10)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => UsmRequestThresholds.SecretBallotRequested(0, -1));
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => UsmRequestThresholds.CouncilMeetingRequested(27, 26)).ParamName);
    }
}
