using Justice.Domain.Core;
using Justice.Domain.Deliberation.Apportionment;
using Justice.Domain.Deliberation.Elections;
using Justice.Domain.Deliberation.Lots;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Deliberation.Tests.Meetings;
using Justice.Domain.Deliberation.Ties;
using NodaTime;

namespace Justice.Domain.Deliberation.Tests.Mutation;

/// <summary>
/// The explanation is the part of an outcome a secretary reads and files: each line names the rule, the numbers and
/// the article. These tests fix the whole text of typical outcomes, so that a wrong number, a missing step or a wrong
/// word in it fails.
/// </summary>
public class ExplanationTextTests
{
    private static readonly LocalDate Day = new(2026, 3, 14);

    private static IEnumerable<string> Present(int deliberative) =>
        new[] { "president" }.Concat(Enumerable.Range(1, deliberative - 1).Select(i => "elected" + i)).Append("honorary1");

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    [Trait("Article", "Statuts USM, art. 15, al. 3")]
    [Trait("Article", "Statuts USM, art. 15, al. 4")]
    public void Decide_TieSettledByTheChairWithProxies_ExplainsEveryStep()
    {
        Proxy[] proxies = [new("elected20", "elected1"), new("elected21", "elected20"), new("elected22", "honorary1"), new("nobody", "elected2")];
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(14), proxies);
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion 1", new VoteTally(7, 7, abstentions: 1), VoteChoice.Yes));
        Assert.Equal(
            string.Join("\n",
                "conseil national — motion 1: Adopted",
                "  1. attendance: 30 member(s), 27 entitled to vote; 15 present, 1 represented, 14 absent; 15 vote(s) may be cast",
                "  2. proxy: 'elected20' represented by 'elected1' (Statuts USM, art. 15, al. 4)",
                "  3. proxy excluded: holder present: holder 'elected20' is absent; only a present member may hold a proxy (Statuts USM, art. 15, al. 4)",
                "  4. proxy excluded: holder entitled to vote: holder 'honorary1' is not entitled to vote (consultative voice) (Statuts USM, art. 15, al. 4)",
                "  5. proxy excluded: giver is a member: giver 'nobody' is not a member of conseil national (Statuts USM, art. 15, al. 4)",
                "  6. quorum: 15 of 27 (DeliberativeMembers, counted PresentOrRepresented); threshold more than 1/2, 14 needed: met (Statuts USM, art. 15, al. 2)",
                "  7. majority: 7 for, 7 against, 1 abstention(s), 0 blank, 0 spoiled; simple majority (more for than against), base votes cast (blank, spoiled and abstentions excluded) = 14; more than 1/2 needs 8 for: 7 → not met (Statuts USM, art. 15, al. 3)",
                "  8. tie: chair's casting vote: 7 for and 7 against; the chair 'president' voted for, which prevails (Statuts USM, art. 15, al. 3)",
                "  9. decision: motion 'motion 1' adopted",
                ""),
            outcome.ToText());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 15, al. 2")]
    public void Decide_ReconvenedMeeting_ExplainsTheWaivedQuorum()
    {
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(5), inquorateMeetingDate: Day.PlusDays(-8));
        var outcome = Deliberator.Decide(meeting, DeliberatorTests.CouncilRules(), new Motion("motion 2", new VoteTally(3, 1)));
        Assert.Equal(
            string.Join("\n",
                "conseil national — motion 2: Adopted",
                "  1. attendance: 30 member(s), 27 entitled to vote; 6 present, 0 represented, 24 absent; 5 vote(s) may be cast",
                "  2. quorum waived (reconvened meeting): 5 of 27 (DeliberativeMembers, counted PresentOrRepresented); threshold more than 1/2, 14 needed: met; the meeting reconvenes the inquorate meeting of 2026-03-06, at least 8 day(s) before, and deliberates without quorum (Statuts USM, art. 15, al. 2)",
                "  3. majority: 3 for, 1 against, 0 abstention(s), 0 blank, 0 spoiled; simple majority (more for than against), base votes cast (blank, spoiled and abstentions excluded) = 4; more than 1/2 needs 3 for: 3 → met (Statuts USM, art. 15, al. 3)",
                "  4. decision: motion 'motion 2' adopted",
                ""),
            outcome.ToText());
    }

    [Fact]
    public void Decide_TwoThirdsOfPresentAndRepresented_ExplainsTheBaseAndTheTieNotDecisive()
    {
        var rules = DeliberatorTests.CouncilRules() with { Majority = MajorityRule.OfPresentOrRepresented(Threshold.TwoThirds, LegalReference.UsmStatutes(15, 3)) };
        var meeting = Meeting.Create("conseil national", Day, DeliberatorTests.Council(), Present(16));
        var outcome = Deliberator.Decide(meeting, rules, new Motion("motion 3", new VoteTally(6, 6, abstentions: 2), VoteChoice.Yes));
        Assert.Equal(
            string.Join("\n",
                "conseil national — motion 3: Rejected",
                "  1. attendance: 30 member(s), 27 entitled to vote; 17 present, 0 represented, 13 absent; 16 vote(s) may be cast",
                "  2. quorum: 16 of 27 (DeliberativeMembers, counted PresentOrRepresented); threshold more than 1/2, 14 needed: met (Statuts USM, art. 15, al. 2)",
                "  3. majority: 6 for, 6 against, 2 abstention(s), 0 blank, 0 spoiled; base members present or represented (an abstention weighs as a no) = 16; at least 2/3 needs 11 for: 6 → not met (Statuts USM, art. 15, al. 3)",
                "  4. tie: not decisive: 6 for and 6 against: the equality settled for the motion would count 7 for, which does not reach at least 2/3 of members present or represented (an abstention weighs as a no) (16); the motion fails whatever the tie rule (ChairCastingVote) (Statuts USM, art. 15, al. 3)",
                "  5. decision: motion 'motion 3' rejected",
                ""),
            outcome.ToText());
    }

    [Theory]
    [InlineData(ApportionmentMethod.LargestRemainderHare)]
    [InlineData(ApportionmentMethod.LargestRemainderDroop)]
    [InlineData(ApportionmentMethod.DHondt)]
    [InlineData(ApportionmentMethod.SainteLague)]
    [InlineData(ApportionmentMethod.HuntingtonHill)]
    [InlineData(ApportionmentMethod.QuotaThenHighestAverage)]
    public void Apportion_EveryMethod_ExplainsItsSteps(ApportionmentMethod method)
    {
        var outcome = SeatApportionment.Apportion(
            method, 6, [new ListVotes("A", 6099), new ListVotes("B", 2503), new ListVotes("C", 1251), new ListVotes("D", 146)],
            TieBreakChain.MostVotesThenLot(DrawingOfLots.Seeded(1)), LegalReference.UsmStatutes(12, 2));
        var expected = method switch
        {
            ApportionmentMethod.LargestRemainderHare => string.Join("\n",
                    "method: electoral quotient (votes ÷ seats), then largest remainders; 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "quota: 9999 ÷ 6 (valid votes ÷ seats to fill) (Statuts USM, art. 12, al. 2)",
                    "seats by quota: A 3 (remainder 6597/6), B 1 (remainder 5019/6), C 0 (remainder 7506/6), D 0 (remainder 876/6); 4 of 6 seat(s) (Statuts USM, art. 12, al. 2)",
                    "largest remainders: seats by remainder: C, A (Statuts USM, art. 12, al. 2)",
                    "result: A 4, B 1, C 1, D 0; 6 seat(s) allocated"),
            ApportionmentMethod.LargestRemainderDroop => string.Join("\n",
                    "method: Droop quota ⌊votes ÷ (seats + 1)⌋ + 1, then largest remainders; 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "Droop quota: ⌊9999 ÷ (6 + 1)⌋ + 1 = 1429",
                    "seats by quota: A 4 (remainder 383), B 1 (remainder 1074), C 0 (remainder 1251), D 0 (remainder 146); 5 of 6 seat(s) (Statuts USM, art. 12, al. 2)",
                    "largest remainders: seats by remainder: C (Statuts USM, art. 12, al. 2)",
                    "result: A 4, B 1, C 1, D 0; 6 seat(s) allocated"),
            ApportionmentMethod.DHondt => string.Join("\n",
                    "method: highest averages, D'Hondt (divisors 1, 2, 3…); 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "highest averages: 6 seat(s) awarded one by one to the highest average votes ÷ divisor(seats held) (Statuts USM, art. 12, al. 2)",
                    "averages: A: last seat won at 6099 ÷ 4, next average 6099 ÷ 5; B: last seat won at 2503 ÷ 2, next average 2503 ÷ 3; C: no seat won, average 1251 ÷ 1; D: no seat won, average 146 ÷ 1",
                    "result: A 4, B 2, C 0, D 0; 6 seat(s) allocated"),
            ApportionmentMethod.SainteLague => string.Join("\n",
                    "method: highest averages, Sainte-Laguë (divisors 1, 3, 5…); 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "highest averages: 6 seat(s) awarded one by one to the highest average votes ÷ divisor(seats held) (Statuts USM, art. 12, al. 2)",
                    "averages: A: last seat won at 6099 ÷ 7, next average 6099 ÷ 9; B: last seat won at 2503 ÷ 1, next average 2503 ÷ 3; C: last seat won at 1251 ÷ 1, next average 1251 ÷ 3; D: no seat won, average 146 ÷ 1",
                    "result: A 4, B 1, C 1, D 0; 6 seat(s) allocated"),
            ApportionmentMethod.HuntingtonHill => string.Join("\n",
                    "method: highest averages, Huntington–Hill (divisor √(s(s+1)); a list without a seat first); 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "highest averages: 6 seat(s) awarded one by one to the highest average votes ÷ divisor(seats held) (Statuts USM, art. 12, al. 2)",
                    "averages: A: last seat won at 6099 ÷ √6, next average 6099 ÷ √12; B: last seat won at ∞ (divisor √0), next average 2503 ÷ √2; C: last seat won at ∞ (divisor √0), next average 1251 ÷ √2; D: last seat won at ∞ (divisor √0), next average 146 ÷ √2",
                    "result: A 3, B 1, C 1, D 1; 6 seat(s) allocated"),
            ApportionmentMethod.QuotaThenHighestAverage => string.Join("\n",
                    "method: electoral quotient (votes ÷ seats), then highest averages; 6 seat(s) to fill, 9999 valid vote(s) among 4 list(s) (Statuts USM, art. 12, al. 2)",
                    "quota: 9999 ÷ 6 (valid votes ÷ seats to fill) (Statuts USM, art. 12, al. 2)",
                    "seats by quota: A 3 (remainder 6597/6), B 1 (remainder 5019/6), C 0 (remainder 7506/6), D 0 (remainder 876/6); 4 of 6 seat(s) (Statuts USM, art. 12, al. 2)",
                    "highest average: 2 remaining seat(s) to the highest averages votes ÷ (seats held + 1) (Statuts USM, art. 12, al. 2)",
                    "result: A 4, B 2, C 0, D 0; 6 seat(s) allocated"),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        Assert.Equal(expected, string.Join("\n", outcome.Explanation.Select(l => l.ToString())));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void MultiSeat_ReservedCappedAndGeneralSeats_ExplainsEachPool()
    {
        Candidate[] candidates = [new("honorary1", 90, ["honoraire"]), new("honorary2", 80, ["honoraire"]), new("second1", 20, ["second grade"]), new("other1", 70), new("other2", 60)];
        var outcome = Election.MultiSeat(
            4, candidates, [new SeatReservation("honoraire", 1, LegalReference.UsmStatutes(12, 2), Maximum: 1), new SeatReservation("second grade", 2, null)],
            TieBreakChain.Unresolved, LegalReference.UsmStatutes(12, 2));
        Assert.Equal(
            string.Join("\n",
                "elected: honorary1, second1, other1, other2",
                "  1. seats to the best-placed candidates: 4 seat(s), 5 candidate(s): honorary1 90, honorary2 80, other1 70, other2 60, second1 20 (Statuts USM, art. 12, al. 2)",
                "  2. reserved seats: honoraire: at least 1: honorary1 90 (Statuts USM, art. 12, al. 2)",
                "  3. reserved seats: second grade: at least 2: second1 20; only 1 candidate(s) of the category, 1 seat(s) return to the general pool",
                "  4. reserved seats: honoraire capped: at most 1: honorary2 take no general seat (Statuts USM, art. 12, al. 2)",
                "  5. general seats: 2: other1 70, other2 60 (Statuts USM, art. 12, al. 2)",
                "  6. result: elected: honorary1, second1, other1, other2",
                ""),
            outcome.ToText());
    }
}
