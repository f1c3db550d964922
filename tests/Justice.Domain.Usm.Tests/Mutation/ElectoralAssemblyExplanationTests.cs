using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Tests.Assembly;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The explanation of the electoral assembly and the reasons of its rejections: each line and each rejection names its
/// counts and cites its article, so that a changed count, a dropped rejection or a wrong article fails. The scenario is
/// the one of <see cref="ElectoralAssemblyTests"/>: 46 members, one lapsed (l39) and one in arrears on the eve (l40).
/// </summary>
public class ElectoralAssemblyExplanationTests
{
    private static string Line(ElectoralAssemblyOutcome outcome, string rule) =>
        Assert.Single(outcome.Explanation, l => l.Rule == rule).ToString();

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    [Trait("Article", "RI USM, art. 3-4")]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Run_Explanation_EveryStepWithItsCountsAndArticle()
    {
        var outcome = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario());
        Assert.Equal(["voters", "proxies", "candidacies", "polling bureau", "ballots", "president", "council"], outcome.Explanation.Select(l => l.Rule));

        // RI USM, art. 3-3, al. 2: voters are members up to date on the eve (26 November 2026).
        var voters = Line(outcome, "voters");
        Assert.Contains("46 member(s) listed; 45 still members on the eve 2026-11-26, 44 up to date", voters, StringComparison.Ordinal);
        Assert.EndsWith("(RI USM, art. 3-3, al. 2)", voters, StringComparison.Ordinal);

        // RI USM, art. 3-4: ten forms, the sixth to l01 (al. 1), the one across unions (al. 4) and the unsigned one (al. 2) refused.
        var proxies = Line(outcome, "proxies");
        Assert.Contains("10 proxy(ies): 7 accepted, 3 rejected", proxies, StringComparison.Ordinal);
        Assert.EndsWith("(RI USM, art. 3-4)", proxies, StringComparison.Ordinal);

        var candidacies = Line(outcome, "candidacies");
        Assert.Contains("32 candidacy(ies): 2 to the presidency and 30 to the council admitted, 0 rejected", candidacies, StringComparison.Ordinal);
        Assert.EndsWith("(RI USM, art. 3-2, al. 8)", candidacies, StringComparison.Ordinal);

        // RI USM, art. 3-5, al. 1: nine members, all present.
        var bureau = Line(outcome, "polling bureau");
        Assert.Contains("9 of 9 seats filled", bureau, StringComparison.Ordinal);
        Assert.DoesNotContain(";", bureau, StringComparison.Ordinal);
        Assert.EndsWith("(RI USM, art. 3-5, al. 1)", bureau, StringComparison.Ordinal);

        // 32 present and up to date (l01..l30, h01, p01; l40 is in arrears) and 7 represented.
        Assert.Equal(39, outcome.Voters);
        var ballots = Line(outcome, "ballots");
        Assert.Contains("39 voter(s) present or represented and up to date; 0 ballot(s) rejected, 0 name(s) not counted", ballots, StringComparison.Ordinal);
        Assert.EndsWith("(RI USM, art. 3-3)", ballots, StringComparison.Ordinal);

        // Statuts USM, art. 8, al. 1 and art. 12, al. 2.
        Assert.Equal("president: elected: l11 (Statuts USM, art. 8, al. 1)", Line(outcome, "president"));
        Assert.Equal("council: 26 of 26 seats filled (Statuts USM, art. 12, al. 2)", Line(outcome, "council"));
        Assert.Equal("2026-11-26", outcome.Opening);
        Assert.Equal("2026-11-27", outcome.Vote);
        Assert.Equal(42, outcome.LotSeed);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    [Trait("Article", "Statuts USM, art. 8, al. 1")]
    public void Run_NoPresidentialCandidateAndSecretaryAbsent_SaidInTheExplanation()
    {
        var scenario = ElectoralAssemblyTests.Scenario(
            candidacies: c => c.Where(x => x.Office != ElectiveOffice.President).ToList(),
            ballots: b => b.Where(x => x.Office != ElectiveOffice.President).ToList()) with { SecretaryGeneral = "l31" };
        var outcome = ElectoralAssembly.Run(scenario);
        Assert.Equal("president: nobody elected (Statuts USM, art. 8, al. 1)", Line(outcome, "president"));
        var bureau = Line(outcome, "polling bureau");
        Assert.Contains("8 of 9 seats filled; the secretary general ('l31') is not on the attendance list", bureau, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 4, al. 1")]
    [Trait("Article", "Statuts USM, art. 6, c")]
    public void Run_AttendanceOfANonMemberAndOfALapsedMember_EachNamedWithItsArticle()
    {
        var scenario = ElectoralAssemblyTests.Scenario();
        var outcome = ElectoralAssembly.Run(scenario with { Present = [.. scenario.Present, "ghost", "l39"] });
        Assert.Equal(2, outcome.AttendanceIssues.Count);
        Assert.Equal("'ghost' signed the attendance list but is not a member (Statuts USM, art. 4, al. 1)", outcome.AttendanceIssues[0]);
        Assert.StartsWith("'l39' is no longer a member on the eve of the vote: ", outcome.AttendanceIssues[1], StringComparison.Ordinal);
        Assert.EndsWith("(Statuts USM, art. 6, c)", outcome.AttendanceIssues[1], StringComparison.Ordinal);
        Assert.Equal(39, outcome.Voters);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 1")]
    public void Run_PresentMemberThroughAnotherAndSecondBallot_RejectedCitingArticle3To3()
    {
        var outcome = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario(ballots: b =>
        [
            .. b,
            new Ballot(ElectiveOffice.President, "l05", "l06", ["l12"]),
            new Ballot(ElectiveOffice.President, "l07", "l07", ["l12"]),
        ]));
        Assert.Equal(2, outcome.RejectedBallots);
        var proxied = outcome.BallotIssues.Single(i => i.VoterId == "l05");
        Assert.Equal(("RI USM, art. 3-3, al. 1", "l06"), (proxied.Reference, proxied.CastBy));
        Assert.Contains("'l05' is present and votes in person, not through 'l06'", proxied.Reason, StringComparison.Ordinal);
        var twice = outcome.BallotIssues.Single(i => i.VoterId == "l07");
        Assert.Equal("RI USM, art. 3-3, al. 1", twice.Reference);
        Assert.Contains("'l07' has already voted in the election of the President", twice.Reason, StringComparison.Ordinal);
        Assert.Equal(ElectiveOffice.President, twice.Office);
        Assert.Equal(18, outcome.PresidentVotes["l11"]);
        Assert.Equal(12, outcome.PresidentVotes["l12"]);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 1")]
    public void Run_AbsentMemberWithoutProxy_RejectedNamingTheCaster()
    {
        var outcome = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario(ballots: b => [.. b, new Ballot(ElectiveOffice.CouncilMember, "l31", "l02", ["l01"])]));
        var issue = Assert.Single(outcome.BallotIssues);
        Assert.Equal("RI USM, art. 3-4, al. 1", issue.Reference);
        Assert.Contains("'l31' is absent and 'l02' holds no accepted proxy", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 8, al. 1")]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Run_BallotNamingMoreThanTheSeats_RejectedWhole()
    {
        // The president's election fills one seat (art. 8, al. 1), the council's 26 (art. 12, al. 2).
        var outcome = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario(ballots: b =>
        [
            .. b,
            new Ballot(ElectiveOffice.President, "l31", "l01", ["l11", "l12"]),
            new Ballot(ElectiveOffice.CouncilMember, "l31", "l01", Enumerable.Range(1, 27).Select(i => "l" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList()),
            new Ballot(ElectiveOffice.CouncilMember, "l32", "l01", Enumerable.Range(1, 26).Select(i => "l" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList()),
        ]));
        Assert.Equal(2, outcome.RejectedBallots);
        var president = outcome.BallotIssues.Single(i => i.Office == ElectiveOffice.President);
        Assert.Equal("Statuts USM, art. 8, al. 1", president.Reference);
        Assert.Contains("names 2 candidates", president.Reason, StringComparison.Ordinal);
        Assert.Contains("fills 1 seat(s)", president.Reason, StringComparison.Ordinal);
        var council = outcome.BallotIssues.Single(i => i.Office == ElectiveOffice.CouncilMember);
        Assert.Equal("Statuts USM, art. 12, al. 2", council.Reference);
        Assert.Contains("names 27 candidates", council.Reason, StringComparison.Ordinal);
        Assert.Contains("fills 26 seat(s)", council.Reason, StringComparison.Ordinal);
        Assert.Equal(18, outcome.PresidentVotes["l11"]);

        // The ballot with exactly 26 names counts: l01 has one more vote than without it.
        var without = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario());
        Assert.Equal(without.CouncilVotes["l01"] + 1, outcome.CouncilVotes["l01"]);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 3")]
    [Trait("Article", "RI USM, art. 3-2, al. 8")]
    public void Run_NameOffTheList_NotCountedCitingTheListOfItsElection()
    {
        // l13 is a member but no presidential candidate; "nobody" is no member; l31 is a member but no council candidate.
        var outcome = ElectoralAssembly.Run(ElectoralAssemblyTests.Scenario(ballots: b =>
        [
            .. b,
            new Ballot(ElectiveOffice.President, "l31", "l01", ["l13"]),
            new Ballot(ElectiveOffice.President, "l32", "l01", ["nobody"]),
            new Ballot(ElectiveOffice.CouncilMember, "l33", "l01", ["l31"]),
        ]));
        Assert.Equal(3, outcome.RejectedChoices);
        Assert.Equal(0, outcome.RejectedBallots);
        var member = outcome.BallotIssues.Single(i => i.Choice == "l13");
        Assert.Equal("RI USM, art. 3-1, al. 3", member.Reference);
        Assert.Equal("'l13' is not on the list of admitted candidates", member.Reason);
        Assert.Equal("'nobody' is not on the list of admitted candidates (not a member)", outcome.BallotIssues.Single(i => i.Choice == "nobody").Reason);
        Assert.Equal("RI USM, art. 3-2, al. 8", outcome.BallotIssues.Single(i => i.Choice == "l31").Reference);
        Assert.Contains("0 ballot(s) rejected, 3 name(s) not counted", Line(outcome, "ballots"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MemberListedTwiceOrTwoRecords_ThrowsNamingTheMember()
    {
        var scenario = ElectoralAssemblyTests.Scenario();
        var twice = Assert.Throws<ArgumentException>(() => ElectoralAssembly.Run(scenario with { Members = [.. scenario.Members, scenario.Members[4]] }));
        Assert.Equal("scenario", twice.ParamName);
        Assert.Contains("member 'l05' twice", twice.Message, StringComparison.Ordinal);
        var records = Assert.Throws<ArgumentException>(() => ElectoralAssembly.Run(scenario with { Records = [.. scenario.Records, scenario.Records[6]] }));
        Assert.Contains("two records for member 'l07' twice", records.Message, StringComparison.Ordinal);
    }
}
