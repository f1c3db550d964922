using FsCheck.Xunit;
using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Assembly;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Assembly;

public class ElectoralAssemblyTests
{
    private static readonly LocalDate Opening = new(2026, 11, 26);
    private static readonly LocalDate Vote = new(2026, 11, 27);
    private static readonly LocalDateTime OnTime = new(2026, 11, 10, 12, 0);

    private static string Id(string prefix, int i) => prefix + i.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>40 members in Lyon (l01..l40, l01..l10 at the entry grade), 2 honorary (h01, h02), 2 auditeurs, 1 in Nouméa, 1 in Paris.</summary>
    internal static ElectoralAssemblyScenario Scenario(
        Func<List<ProxyForm>, List<ProxyForm>>? proxies = null,
        Func<List<Candidacy>, List<Candidacy>>? candidacies = null,
        Func<List<Ballot>, List<Ballot>>? ballots = null)
    {
        var members = new List<UnionMember>();
        for (var i = 1; i <= 40; i++)
        {
            members.Add(TestMembers.InCourt(Id("l", i), "Lyon", i <= 10 ? Grade.FirstGrade : Grade.SecondGrade, new LocalDate(1960 + (i % 30), 1 + (i % 12), 1 + (i % 28))));
        }

        members.Add(TestMembers.Honorary("h01", "Lyon"));
        members.Add(TestMembers.Honorary("h02", "Lyon"));
        members.Add(TestMembers.Auditeur("a01"));
        members.Add(TestMembers.Auditeur("a02"));
        members.Add(TestMembers.InCourt("n01", "Nouméa"));
        members.Add(TestMembers.InCourt("p01", "Paris"));
        var records = members.Select(m => new MembershipRecord(m.Id, new LocalDate(2020, 1, 1), [new DuesPayment(2025, new LocalDate(2025, 1, 15)), new DuesPayment(2026, new LocalDate(2026, 1, 15))])).ToList();
        // l40 joined in June 2026 and paid only on the day of the vote: a member, in arrears on the eve.
        records[39] = records[39] with { JoinedOn = new LocalDate(2026, 6, 1), Dues = [new DuesPayment(2026, Vote)] };
        // l39 paid 2025 and not 2026: no longer a member since 1 March 2026 (art. 6 c).
        records[38] = records[38] with { Dues = [new DuesPayment(2025, new LocalDate(2025, 1, 15))] };
        var present = Enumerable.Range(1, 30).Select(i => Id("l", i)).Concat(["h01", "p01", "l40"]).ToList();
        var proxyForms = new List<ProxyForm>
        {
            new("l31", "l01", true), new("l32", "l01", true), new("l33", "l01", true), new("l34", "l01", true), new("l35", "l01", true),
            new("l36", "l01", true), // sixth: over the cap
            new("l37", "p01", true), // another union
            new("a01", "p01", true), // auditeur: any member
            new("n01", "l02", true), // overseas: any member
            new("l38", "l03", false), // unsigned form
        };
        var cands = new List<Candidacy> { new("l11", ElectiveOffice.President, OnTime), new("l12", ElectiveOffice.President, OnTime) };
        cands.AddRange(Enumerable.Range(1, 30).Select(i => new Candidacy(Id("l", i), ElectiveOffice.CouncilMember, OnTime)));
        var ballotList = new List<Ballot>();
        for (var i = 1; i <= 30; i++)
        {
            ballotList.Add(new Ballot(ElectiveOffice.President, Id("l", i), Id("l", i), [i <= 18 ? "l11" : "l12"]));
            ballotList.Add(new Ballot(ElectiveOffice.CouncilMember, Id("l", i), Id("l", i), Enumerable.Range(1, 26).Select(k => Id("l", ((k + i) % 30) + 1)).ToList()));
        }

        return new ElectoralAssemblyScenario(Opening, Vote, members, records, present, ["l01", "l02", "l03", "l04", "l05", "l06", "l07", "l08"], "l01", "l02", "h01",
            (proxies ?? (p => p))(proxyForms), (candidacies ?? (c => c))(cands), (ballots ?? (b => b))(ballotList), 42);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4")]
    public void Run_Proxies_CapOtherUnionFormRejected_AuditeurAndOverseasAccepted()
    {
        var outcome = ElectoralAssembly.Run(Scenario());
        Assert.Equal(3, outcome.RejectedProxies);
        Assert.Equal("RI USM, art. 3-4, al. 1", outcome.Proxies.Single(p => p.Giver == "l36").Reference);
        Assert.Equal("RI USM, art. 3-4, al. 4", outcome.Proxies.Single(p => p.Giver == "l37").Reference);
        Assert.Equal("RI USM, art. 3-4, al. 2", outcome.Proxies.Single(p => p.Giver == "l38").Reference);
        Assert.True(outcome.Proxies.Single(p => p.Giver == "a01").Accepted);
        Assert.True(outcome.Proxies.Single(p => p.Giver == "n01").Accepted);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void Run_VoterInArrearsOnTheEve_BallotRejectedOthersCount()
    {
        var outcome = ElectoralAssembly.Run(Scenario(ballots: b =>
            [.. b, new Ballot(ElectiveOffice.President, "l40", "l40", ["l12"]), new Ballot(ElectiveOffice.President, "l39", "l39", ["l12"])]));
        Assert.Equal(2, outcome.BallotIssues.Count);
        Assert.Equal("RI USM, art. 3-3, al. 2", outcome.BallotIssues.Single(i => i.VoterId == "l40").Reference);
        Assert.Equal("Statuts USM, art. 6, c", outcome.BallotIssues.Single(i => i.VoterId == "l39").Reference);
        Assert.Equal(18, outcome.PresidentVotes["l11"]);
        Assert.Equal(12, outcome.PresidentVotes["l12"]);
        Assert.Equal("l11", outcome.President.Winner);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-3, al. 2")]
    public void Run_UnknownVoterAndUnknownName_RejectedNamingThem()
    {
        var outcome = ElectoralAssembly.Run(Scenario(ballots: b =>
        [
            .. b,
            new Ballot(ElectiveOffice.President, "ghost", "ghost", ["l11"]),
            new Ballot(ElectiveOffice.President, "l31", "l01", ["l11", "nobody"]),
        ]));
        Assert.Contains(outcome.BallotIssues, i => i.VoterId == "ghost" && i.Choice is null && i.Reason.Contains("'ghost'", StringComparison.Ordinal));
        Assert.Contains(outcome.BallotIssues, i => i.Choice == "nobody" && i.Reason.Contains("not a member", StringComparison.Ordinal));
        Assert.Equal(19, outcome.PresidentVotes["l11"]);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-4, al. 1")]
    public void Run_BallotThroughARejectedProxy_Rejected()
    {
        var outcome = ElectoralAssembly.Run(Scenario(ballots: b => [.. b, new Ballot(ElectiveOffice.President, "l36", "l01", ["l12"])]));
        Assert.Equal("RI USM, art. 3-4, al. 1", Assert.Single(outcome.BallotIssues).Reference);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 2")]
    public void Run_PresidentialCandidacyOnSaturday_Rejected()
    {
        var outcome = ElectoralAssembly.Run(Scenario(candidacies: c => [.. c, new Candidacy("l13", ElectiveOffice.President, new LocalDateTime(2026, 11, 21, 9, 0))]));
        var rejected = Assert.Single(outcome.Candidacies, c => !c.Admitted);
        Assert.Equal("RI USM, art. 3-1, al. 2", rejected.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 12, al. 2")]
    public void Run_Council_EightEntryGradeSeatsAndOneHonoraryWhenCandidatesExist()
    {
        var outcome = ElectoralAssembly.Run(Scenario(
            candidacies: c => [.. c, new Candidacy("h02", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 16, 59))]));
        var late = outcome.Candidacies.Single(c => c.Candidacy.MemberId == "h02");
        Assert.True(late.Admitted);
        Assert.True(late.Late);
        Assert.Equal(26, outcome.Council.Elected.Length);
        Assert.Contains(outcome.Council.Elected, e => e.Id == "h02" && e.Seat == UsmElections.HonoraryCategory);
        Assert.True(outcome.Council.Elected.Count(e => string.Compare(e.Id, "l11", StringComparison.Ordinal) < 0 && e.Id.StartsWith('l')) >= 8);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 6")]
    public void Run_LateOtherCandidacy_With20OthersOnFriday_AdmittedBefore17()
    {
        // 20 "other" candidates (l11..l30) on the Friday: fewer than 24, the window stays open.
        var outcome = ElectoralAssembly.Run(Scenario(candidacies: c =>
        [
            .. c,
            new Candidacy("l31", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 17, 0)),
            new Candidacy("l32", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 17, 1)),
        ]));
        Assert.True(outcome.Candidacies.Single(c => c.Candidacy.MemberId == "l31").Admitted);
        var tooLate = outcome.Candidacies.Single(c => c.Candidacy.MemberId == "l32");
        Assert.False(tooLate.Admitted);
        Assert.Equal("RI USM, art. 3-2, al. 6", tooLate.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-5, al. 1")]
    public void Run_PollingBureau_PresidentSecretaryHonoraryAndSixDelegates()
    {
        var outcome = ElectoralAssembly.Run(Scenario());
        Assert.True(outcome.PollingBureau.IsComplete);
        Assert.Equal(["l01", "l02", "h01"], outcome.PollingBureau.Seats.Take(3).Select(s => s.MemberId));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 8")]
    public void Run_PresidentTie_DrawnByLotAndRecorded()
    {
        var outcome = ElectoralAssembly.Run(Scenario(ballots: b => b.Select(x => x.Office == ElectiveOffice.President
            ? x with { Choices = [string.CompareOrdinal(x.VoterId, "l16") < 0 ? "l11" : "l12"] } : x).ToList()));
        Assert.Equal(15, outcome.PresidentVotes["l11"]);
        Assert.Equal(15, outcome.PresidentVotes["l12"]);
        var tie = Assert.Single(outcome.President.Ties);
        Assert.NotNull(tie.Draw);
        Assert.Equal(42, outcome.LotSeed);
        Assert.Equal(outcome.President.Winner, ElectoralAssembly.Run(Scenario(ballots: b => b.Select(x => x.Office == ElectiveOffice.President
            ? x with { Choices = [string.CompareOrdinal(x.VoterId, "l16") < 0 ? "l11" : "l12"] } : x).ToList())).President.Winner);
    }

    [Property]
    [Trait("Article", "RI USM, art. 3-3")]
    public Property Property_BadBallotsNeverChangeTheCountOfValidOnes()
    {
        var baseline = ElectoralAssembly.Run(Scenario());
        var bad = Gen.Choose(0, 3).Zip(Gen.Choose(1, 40)).ArrayOf().ToArbitrary();
        return Prop.ForAll(bad, items =>
        {
            var extra = items.Select(x => x.Item1 switch
            {
                0 => new Ballot(ElectiveOffice.President, "ghost" + x.Item2.ToString(CultureInfo.InvariantCulture), "l01", ["l11"]),
                1 => new Ballot(ElectiveOffice.President, "l40", "l40", ["l12"]),
                2 => new Ballot(ElectiveOffice.CouncilMember, "l36", "l01", ["l01"]),
                _ => new Ballot(ElectiveOffice.President, Id("l", 1 + (x.Item2 % 30)), Id("l", 1 + (x.Item2 % 30)), ["l12"]),
            }).ToList();
            var outcome = ElectoralAssembly.Run(Scenario(ballots: b => [.. b, .. extra]));
            return outcome.PresidentVotes.SequenceEqual(baseline.PresidentVotes)
                && outcome.CouncilVotes.SequenceEqual(baseline.CouncilVotes)
                && outcome.RejectedBallots == extra.Count;
        });
    }

    [Fact]
    public void Run_DuplicateMemberId_ThrowsNamingTheMember()
    {
        var s = Scenario();
        var ex = Assert.Throws<ArgumentException>(() => ElectoralAssembly.Run(s with { Members = [.. s.Members, s.Members[0]] }));
        Assert.Contains("'l01'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwoRecordsForOneMember_ThrowsNamingTheMember()
    {
        // Silently keeping one of two records could hide a resignation or an exclusion recorded on the other.
        var s = Scenario();
        var second = s.Records[0] with { ResignedOn = new LocalDate(2026, 5, 1) };
        var ex = Assert.Throws<ArgumentException>(() => ElectoralAssembly.Run(s with { Records = [.. s.Records, second] }));
        Assert.Contains("'l01'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("records", ex.Message, StringComparison.Ordinal);
    }
}
