using FsCheck.Xunit;
using Justice.Domain.Deliberation.Meetings;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Meetings;

public partial class DeliberatorTests
{
    // A body of `members` deliberative members, of whom the first `voters` are present, and a tally that fits.
    private static Gen<(int Members, int Voters, int Yes, int No, int Abstain, int Blank, int Spoiled)> Votes() =>
        from members in Gen.Choose(1, 40)
        from voters in Gen.Choose(1, members)
        from yes in Gen.Choose(0, voters)
        from no in Gen.Choose(0, voters - yes)
        from abstain in Gen.Choose(0, voters - yes - no)
        from blank in Gen.Choose(0, voters - yes - no - abstain)
        from spoiled in Gen.Choose(0, voters - yes - no - abstain - blank)
        select (members, voters, yes, no, abstain, blank, spoiled);

    private static bool Passes(int members, int voters, VoteTally tally, MajorityBase majorityBase, Threshold threshold, TieRule? tie = null, VoteChoice? chairVote = null)
    {
        var body = Enumerable.Range(0, members).Select(i => new Member("m" + i, Voice.Deliberative, isChair: i == 0)).ToList();
        var meeting = Meeting.Create("body", new LocalDate(2026, 1, 5), body, body.Take(voters).Select(m => m.Id));
        var rules = new MeetingRules(QuorumRule.None, new MajorityRule(majorityBase, threshold, null), ProxyPolicy.NotAdmitted, tie ?? TieRule.MotionFails());
        return Deliberator.Decide(meeting, rules, new Motion("m", tally, chairVote)).Passed;
    }

    [Property]
    public Property Decide_SameYes_AllMembersImpliesPresentImpliesVotesCast()
    {
        var arb = Votes().Zip(Gen.Elements(Threshold.MoreThanHalf, Threshold.TwoThirds, Threshold.Fraction(3, 5, Comparison.AtLeast))).ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var ((members, voters, yes, no, abstain, blank, spoiled), threshold) = input;
            var tally = new VoteTally(yes, no, abstain, blank, spoiled);
            var all = Passes(members, voters, tally, MajorityBase.DeliberativeMembers, threshold);
            var present = Passes(members, voters, tally, MajorityBase.PresentOrRepresented, threshold);
            var cast = Passes(members, voters, tally, MajorityBase.VotesCast, threshold);
            return (!all || present) && (!present || cast);
        });
    }

    [Property]
    public Property Decide_OneMoreYes_NeverTurnsAPassIntoAFail()
    {
        // Whatever the base, the threshold and the tie rule (a tie fails, or the chair voting for casts the deciding vote).
        var arb = Votes().Where(v => v.Yes + v.No + v.Abstain + v.Blank + v.Spoiled < v.Voters)
            .Zip(Gen.Elements(MajorityBase.VotesCast, MajorityBase.PresentOrRepresented, MajorityBase.DeliberativeMembers))
            .Zip(Gen.Elements(Threshold.MoreThanHalf, Threshold.TwoThirds, Threshold.Fraction(3, 5, Comparison.MoreThan)))
            .Zip(Gen.Elements(true, false))
            .ToArbitrary();
        return Prop.ForAll(arb, input =>
        {
            var ((((members, voters, yes, no, abstain, blank, spoiled), majorityBase), threshold), castingVote) = input;
            var tie = castingVote ? TieRule.ChairCastingVote(null) : TieRule.MotionFails();
            var before = Passes(members, voters, new VoteTally(yes, no, abstain, blank, spoiled), majorityBase, threshold, tie, VoteChoice.Yes);
            var after = Passes(members, voters, new VoteTally(yes + 1, no, abstain, blank, spoiled), majorityBase, threshold, tie, VoteChoice.Yes);
            return !before || after;
        });
    }

    [Fact]
    public void Decide_TieWithAbstentionsOnPresentBasis_NotDecisiveSoMotionFails()
    {
        // "Majorité des présents" (not the simple majority): 10 present, 4 for, 4 against, 2 abstentions. The casting vote
        // settles the equality, but 5 for is not more than half of 10: a casting vote does not make up a missing majority.
        Assert.False(Passes(12, 10, new VoteTally(4, 4, 2), MajorityBase.PresentOrRepresented, Threshold.MoreThanHalf, TieRule.ChairCastingVote(null), VoteChoice.Yes));
        Assert.True(Passes(12, 8, new VoteTally(4, 4), MajorityBase.PresentOrRepresented, Threshold.MoreThanHalf, TieRule.ChairCastingVote(null), VoteChoice.Yes));
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    public bool Decide_SimpleMajorityWithCastingVote_EqualityDecidedByTheChairWhateverTheAbstentions(PositiveInt side, NonNegativeInt abstentions, NonNegativeInt blank, bool chairFor)
    {
        // "en cas d'égalité des suffrages": for = against, any abstentions and blank ballots; the chair's side prevails.
        var votes = side.Get % 15 + 1;
        var abstain = abstentions.Get % 10;
        var blanks = blank.Get % 5;
        var voters = (2 * votes) + abstain + blanks;
        var passed = Passes(voters + 2, voters, new VoteTally(votes, votes, abstain, blanks), MajorityBase.VotesCast, Threshold.MoreThanHalf, TieRule.ChairCastingVote(null), chairFor ? VoteChoice.Yes : VoteChoice.No);
        return passed == chairFor;
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 23, al. 2")]
    public bool Decide_SimpleMajority_AdoptedExactlyWhenMoreForThanAgainst(NonNegativeInt yes, NonNegativeInt no, NonNegativeInt abstentions)
    {
        var y = yes.Get % 20;
        var n = no.Get % 20;
        var a = abstentions.Get % 20;
        var voters = Math.Max(1, y + n + a);
        var rules = new MeetingRules(QuorumRule.None, MajorityRule.Simple(null), ProxyPolicy.NotAdmitted, TieRule.MotionFails());
        var body = Enumerable.Range(0, voters).Select(i => new Member("m" + i, Voice.Deliberative)).ToList();
        var meeting = Meeting.Create("body", new LocalDate(2026, 1, 5), body, body.Select(m => m.Id));
        return Deliberator.Decide(meeting, rules, new Motion("m", new VoteTally(y, n, a))).Passed == (y > n);
    }

    [Property]
    public Property Decide_VotesCastBasis_AbstentionsBlankAndSpoiledChangeNothing()
    {
        return Prop.ForAll(Votes().ToArbitrary(), v =>
        {
            var with = Passes(v.Members, v.Voters, new VoteTally(v.Yes, v.No, v.Abstain, v.Blank, v.Spoiled), MajorityBase.VotesCast, Threshold.MoreThanHalf);
            var without = Passes(v.Members, v.Voters, new VoteTally(v.Yes, v.No), MajorityBase.VotesCast, Threshold.MoreThanHalf);
            return with == without;
        });
    }

    [Fact]
    public void Decide_PresentOrRepresentedBasis_AnAbstentionWeighsAsANo()
    {
        // 10 present: 5 for, 4 against, 1 abstention: 5 is not more than half of 10 although it is of the 9 votes cast.
        Assert.False(Passes(12, 10, new VoteTally(5, 4, 1), MajorityBase.PresentOrRepresented, Threshold.MoreThanHalf));
        Assert.True(Passes(12, 10, new VoteTally(5, 4, 1), MajorityBase.VotesCast, Threshold.MoreThanHalf));
    }
}
