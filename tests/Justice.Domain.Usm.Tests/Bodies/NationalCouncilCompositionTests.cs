using Justice.Domain.Usm.Bodies;
using Justice.Domain.Usm.Readings;

namespace Justice.Domain.Usm.Tests.Bodies;

public class NationalCouncilCompositionTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Constants_26SeatsAtLeast8EntryGradeAnd1Honorary()
    {
        Assert.Equal(26, NationalCouncilComposition.ElectedSeats);
        Assert.Equal(8, NationalCouncilComposition.MinimumEntryGradeOrAuditeurSeats);
        Assert.Equal(1, NationalCouncilComposition.HonorarySeats);
    }

    [Theory]
    [Trait("Article", "Statuts USM, art. 12, al. 3")]
    [InlineData(CouncilSeatKind.President, CouncilVoice.Deliberative)]
    [InlineData(CouncilSeatKind.ElectedMember, CouncilVoice.Deliberative)]
    [InlineData(CouncilSeatKind.HonoraryPresident, CouncilVoice.Consultative)]
    [InlineData(CouncilSeatKind.AuditeursSectionDelegate, CouncilVoice.Consultative)]
    [InlineData(CouncilSeatKind.ChargeDeMission, CouncilVoice.Consultative)]
    [InlineData(CouncilSeatKind.CsmMember, CouncilVoice.Consultative)]
    [InlineData(CouncilSeatKind.CavMember, CouncilVoice.Consultative)]
    public void VoiceOf_Quality_DeliberativeOrConsultative(CouncilSeatKind kind, CouncilVoice voice) =>
        Assert.Equal(voice, NationalCouncilComposition.VoiceOf(kind));

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void DeliberativeMembers_FullCouncil_Is27()
    {
        var seats = Full();
        Assert.Empty(NationalCouncilComposition.Check(seats));
        Assert.Equal(27, NationalCouncilComposition.DeliberativeMembers(seats));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 1")]
    public void Art12_PresidentVoice_CastingVoteOnlyReading_QuorumBaseIs26()
    {
        // Under the other reading the president votes only to break a tie: the quorum of art. 15, al. 2 is 14 of 26.
        Assert.Equal(CouncilVoice.Deliberative, NationalCouncilComposition.VoiceOf(CouncilSeatKind.President));
        Assert.Equal(CouncilVoice.Consultative, NationalCouncilComposition.VoiceOf(CouncilSeatKind.President, PresidentVoiceReading.CastingVoteOnly));
        Assert.Equal(26, NationalCouncilComposition.DeliberativeMembers(Full(), PresidentVoiceReading.CastingVoteOnly));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Check_27ElectedMembers_ReportsTheCap()
    {
        var seats = Full().Append(new CouncilSeat("e27", CouncilSeatKind.ElectedMember)).ToList();
        var problem = Assert.Single(NationalCouncilComposition.Check(seats));
        Assert.Contains("27 elected", problem.Reason, StringComparison.Ordinal);
    }

    private static List<CouncilSeat> Full()
    {
        var seats = new List<CouncilSeat> { new("pres", CouncilSeatKind.President), new("hp", CouncilSeatKind.HonoraryPresident), new("aud", CouncilSeatKind.AuditeursSectionDelegate) };
        seats.AddRange(Enumerable.Range(1, 26).Select(i => new CouncilSeat("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), CouncilSeatKind.ElectedMember)));
        return seats;
    }
}
