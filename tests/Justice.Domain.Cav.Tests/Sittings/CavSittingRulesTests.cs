using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Sittings;
using Justice.Domain.Deliberation.Meetings;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Sittings;

public class CavSittingRulesTests
{
    private static readonly MeetingRules CallerRules = new(
        new QuorumRule(QuorumBase.DeliberativeMembers, Threshold.MoreThanHalf, QuorumCounting.PresentOnly, null),
        MajorityRule.OfVotesCast(null),
        ProxyPolicy.NotAdmitted,
        TieRule.MotionFails());

    private static Meeting Sitting(int present)
    {
        var members = Enumerable.Range(1, 13).Select(i => new Member("M" + i, Voice.Deliberative)).ToList();
        return Meeting.Create("CAV", new LocalDate(2026, 5, 1), members, members.Take(present).Select(m => m.Id));
    }

    [Fact]
    public void Decide_ConfiguredFormation_UsesTheCallersRulesThroughTheEngine()
    {
        var sitting = new CavSittingRules(new Dictionary<CavFormation, MeetingRules> { [CavFormation.PromotionLists] = CallerRules });
        var adopted = sitting.Decide(CavFormation.PromotionLists, Sitting(7), new Motion("tableau", new VoteTally(5, 2)));
        Assert.Equal(MotionDecision.Adopted, adopted.Decision);
        var inquorate = sitting.Decide(CavFormation.PromotionLists, Sitting(6), new Motion("tableau", new VoteTally(5, 1)));
        Assert.NotEqual(MotionDecision.Adopted, inquorate.Decision);
    }

    [Fact]
    public void Decide_FormationWithoutRules_ThrowsSayingTheTextIsSilent()
    {
        var sitting = new CavSittingRules(new Dictionary<CavFormation, MeetingRules> { [CavFormation.PromotionLists] = CallerRules });
        var ex = Assert.Throws<ArgumentException>(() => sitting.Decide(CavFormation.StatusConsultation, Sitting(7), new Motion("avis", new VoteTally(5, 2))));
        Assert.Contains("StatusConsultation", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CavSittingRules(new Dictionary<CavFormation, MeetingRules>()));
    }
}
