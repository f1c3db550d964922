using Justice.Domain.Core;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Elections;

public class CandidacyRulesTests
{
    private static readonly LocalDate Opening = new(2026, 11, 26);
    private static readonly LocalDate Vote = new(2026, 11, 27);
    private static readonly LocalDateTime Saturday = new(2026, 11, 21, 10, 0);

    private static IReadOnlyList<CandidacyDecision> Decide(IEnumerable<UnionMember> members, params Candidacy[] candidacies) =>
        CandidacyRules.Decide(candidacies, members.ToDictionary(m => m.Id), new Dictionary<string, MembershipRecord>(), Opening, Vote);

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void Thresholds_1_10_24()
    {
        Assert.Equal(1, CandidacyRules.LateThreshold(CouncilCandidateCategory.Honorary));
        Assert.Equal(10, CandidacyRules.LateThreshold(CouncilCandidateCategory.EntryGradeOrAuditeur));
        Assert.Equal(24, CandidacyRules.LateThreshold(CouncilCandidateCategory.Other));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 5")]
    public void Decide_NineEntryGradeOnFriday_LateFirstGradeAdmitted_TenOnFriday_Rejected()
    {
        var members = Enumerable.Range(1, 11).Select(i => TestMembers.InCourt("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Lyon", Grade.FirstGrade)).ToList();
        var nine = Enumerable.Range(1, 9).Select(i => new Candidacy("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 20, 23, 59))).ToList();
        var late = new Candidacy("e11", ElectiveOffice.CouncilMember, Saturday);
        Assert.True(Decide(members, [.. nine, late])[^1].Admitted);
        var ten = nine.Append(new Candidacy("e10", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 20, 9, 0)));
        var rejected = Decide(members, [.. ten, late])[^1];
        Assert.False(rejected.Admitted);
        Assert.Contains("had 10 candidate(s)", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 5")]
    public void Decide_LateAuditeur_RejectedByTheLiteralReading()
    {
        var decision = Assert.Single(Decide([TestMembers.Auditeur("a1")], new Candidacy("a1", ElectiveOffice.CouncilMember, Saturday)));
        Assert.False(decision.Admitted);
        Assert.Contains("literal", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void Decide_NoHonoraryOnFriday_LateHonoraryAdmittedUntil17OnTheEve()
    {
        var h = TestMembers.Honorary("h1", "Lyon");
        Assert.True(Decide([h], new Candidacy("h1", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 17, 0)))[0].Late);
        Assert.False(Decide([h], new Candidacy("h1", ElectiveOffice.CouncilMember, new LocalDateTime(2026, 11, 26, 17, 0, 1)))[0].Admitted);
    }

    [Fact]
    public void Decide_UnknownMemberAndDuplicate_RejectedNamingTheMember()
    {
        var m = TestMembers.InCourt("m1", "Lyon");
        var decisions = Decide([m],
            new Candidacy("ghost", ElectiveOffice.President, Saturday.PlusDays(-3)),
            new Candidacy("m1", ElectiveOffice.President, Saturday.PlusDays(-3)),
            new Candidacy("m1", ElectiveOffice.President, Saturday.PlusDays(-2)));
        Assert.Contains("'ghost'", decisions[0].Reason, StringComparison.Ordinal);
        Assert.True(decisions[1].Admitted);
        Assert.Contains("already declared", decisions[2].Reason, StringComparison.Ordinal);
    }
}
