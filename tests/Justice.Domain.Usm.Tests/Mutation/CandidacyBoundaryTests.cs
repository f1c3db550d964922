using System.Globalization;
using Justice.Domain.Core;
using Justice.Domain.Usm.Elections;
using Justice.Domain.Usm.Grades;
using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// RI USM, art. 3-1 and 3-2 at their edges: the end of the Friday, the thresholds of the late window (1, 10, 24) at the
/// threshold and one below, what counts on the Friday, and the article and the figures each decision names. The opening
/// is Thursday 26 November 2026, the vote Friday 27 November; the Friday before the opening is 20 November.
/// </summary>
public class CandidacyBoundaryTests
{
    private static readonly LocalDate Opening = new(2026, 11, 26);
    private static readonly LocalDate Vote = new(2026, 11, 27);
    private static readonly LocalDateTime FridayLastSecond = new(2026, 11, 20, 23, 59, 59);
    private static readonly LocalDateTime SaturdayMidnight = new(2026, 11, 21, 0, 0);

    private static IReadOnlyList<CandidacyDecision> Decide(IEnumerable<UnionMember> members, IEnumerable<MembershipRecord> records, params Candidacy[] candidacies) =>
        CandidacyRules.Decide(candidacies, members.ToDictionary(m => m.Id), records.ToDictionary(r => r.MemberId), Opening, Vote);

    private static string Id(string prefix, int i) => prefix + i.ToString("00", CultureInfo.InvariantCulture);

    private static List<UnionMember> Others(int count) => Enumerable.Range(1, count).Select(i => TestMembers.InCourt(Id("o", i), "Lyon")).ToList();

    private static Candidacy Council(string id, LocalDateTime at) => new(id, ElectiveOffice.CouncilMember, at);

    [Theory]
    [InlineData(CouncilCandidateCategory.Honorary, "RI USM, art. 3-2, al. 4")]
    [InlineData(CouncilCandidateCategory.EntryGradeOrAuditeur, "RI USM, art. 3-2, al. 5")]
    [InlineData(CouncilCandidateCategory.Other, "RI USM, art. 3-2, al. 6")]
    public void LateReference_TheParagraphOfTheCategory(CouncilCandidateCategory category, string article) =>
        Assert.Equal(article, CandidacyRules.LateReference(category).ToString());

    [Theory]
    [InlineData(23, true)]
    [InlineData(24, false)]
    [Trait("Article", "RI USM, art. 3-2, al. 6")]
    public void Decide_OtherCategory_OpenBelow24OnTheFriday(int onFriday, bool lateAdmitted)
    {
        // "inférieur à vingt-quatre (24)": 23 keeps the category open, 24 closes it.
        var members = Others(onFriday + 1);
        var candidacies = members.Take(onFriday).Select(m => Council(m.Id, FridayLastSecond)).Append(Council(members[^1].Id, SaturdayMidnight)).ToArray();
        var late = Decide(members, [], candidacies)[^1];
        Assert.Equal(CouncilCandidateCategory.Other, late.Category);
        Assert.Equal(lateAdmitted, late.Admitted);
        Assert.Equal(lateAdmitted, late.Late);
        Assert.Equal("RI USM, art. 3-2, al. 6", late.Reference.ToString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"had {onFriday} candidate(s) on the Friday"), late.Reason, StringComparison.Ordinal);
        Assert.Contains(lateAdmitted ? "fewer than 24; open until 2026-11-26 17:00 Europe/Paris" : "not fewer than 24", late.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [Trait("Article", "RI USM, art. 3-2, al. 4")]
    public void Decide_HonoraryCategory_OpenWithNoHonoraryOnTheFriday(int onFriday, bool lateAdmitted)
    {
        // "inférieur à un (1)": no honorary candidate on the Friday keeps the category open.
        var members = new[] { TestMembers.Honorary("h1", "Lyon"), TestMembers.Honorary("h2", "Lyon") };
        var candidacies = members.Take(onFriday).Select(m => Council(m.Id, FridayLastSecond)).Append(Council("h2", SaturdayMidnight)).ToArray();
        var late = Decide(members, [], candidacies)[^1];
        Assert.Equal((lateAdmitted, CouncilCandidateCategory.Honorary), (late.Admitted, late.Category!.Value));
        Assert.Equal("RI USM, art. 3-2, al. 4", late.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 2")]
    public void Decide_LastSecondOfTheFriday_OnTime_MidnightIsLate()
    {
        var members = Others(25);
        var friday = members.Take(24).Select(m => Council(m.Id, FridayLastSecond)).ToArray();
        var decisions = Decide(members, [], [.. friday, Council("o25", SaturdayMidnight)]);
        var onTime = decisions[0];
        Assert.True(onTime.Admitted);
        Assert.False(onTime.Late);
        Assert.Equal("RI USM, art. 3-2, al. 2", onTime.Reference.ToString());
        Assert.Equal("declared on 2026-11-20T23:59:59, by the Friday 2026-11-20 before the opening", onTime.Reason);
        Assert.False(decisions[^1].Admitted);
        Assert.Contains("declared on 2026-11-21T00:00:00, after the Friday 2026-11-20", decisions[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-1, al. 2")]
    public void Decide_PresidentialCandidacyAfterTheFriday_InadmissibleCitingArticle3To1()
    {
        var decisions = Decide([TestMembers.InCourt("p1", "Lyon"), TestMembers.InCourt("p2", "Lyon")], [],
            new Candidacy("p1", ElectiveOffice.President, FridayLastSecond), new Candidacy("p2", ElectiveOffice.President, SaturdayMidnight));
        Assert.True(decisions[0].Admitted);
        Assert.Null(decisions[0].Category);
        Assert.Equal("RI USM, art. 3-1, al. 2", decisions[0].Reference.ToString());
        var late = decisions[1];
        Assert.False(late.Admitted);
        Assert.False(late.Late);
        Assert.Null(late.Category);
        Assert.Equal("RI USM, art. 3-1, al. 2", late.Reference.ToString());
        Assert.Contains("after the Friday 2026-11-20", late.Reason, StringComparison.Ordinal);
        Assert.Contains("irrecevable", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 6")]
    public void Decide_LateCandidacyAfter17OnTheEve_NamesTheLimit()
    {
        var members = Others(2);
        var decision = Decide(members, [], Council("o01", new LocalDateTime(2026, 11, 26, 17, 0, 1)))[0];
        Assert.False(decision.Admitted);
        Assert.Equal("RI USM, art. 3-2, al. 6", decision.Reference.ToString());
        Assert.Contains("after 2026-11-26 17:00 Europe/Paris, the end of the late window of the category Other", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 6")]
    public void Decide_FridayCount_LeavesOutNonMembersLapsedMembersAndRepeats()
    {
        // 24 declarations on the Friday, but one by a non-member, one by a member lapsed since 1 March 2026 (Statuts USM,
        // art. 6 c) and one repeated: 21 count, fewer than 24, and the category stays open.
        var members = Others(23);
        var lapsed = new MembershipRecord("o22", new LocalDate(2020, 1, 1), [new DuesPayment(2025, new LocalDate(2025, 1, 10))]);
        var friday = members.Take(22).Select(m => Council(m.Id, FridayLastSecond)).Append(Council("ghost", FridayLastSecond)).Append(Council("o01", FridayLastSecond)).ToArray();
        var decisions = Decide(members, [lapsed], [.. friday, Council("o23", SaturdayMidnight)]);
        var late = decisions[^1];
        Assert.True(late.Admitted);
        Assert.True(late.Late);
        Assert.Contains("had 21 candidate(s) on the Friday", late.Reason, StringComparison.Ordinal);

        var ghost = decisions[22];
        Assert.Equal("Statuts USM, art. 4, al. 1", ghost.Reference.ToString());
        Assert.Equal("'ghost' is not a member of the USM", ghost.Reason);
        var lapsedDecision = decisions[21];
        Assert.False(lapsedDecision.Admitted);
        Assert.Equal("Statuts USM, art. 6", lapsedDecision.Reference.ToString());
        Assert.Contains("'o22' was not a member on the day of the declaration", lapsedDecision.Reason, StringComparison.Ordinal);
        var repeat = decisions[23];
        Assert.False(repeat.Admitted);
        Assert.Equal(CouncilCandidateCategory.Other, repeat.Category);
        Assert.Equal("RI USM, art. 3-2, al. 2", repeat.Reference.ToString());
        Assert.Contains("'o01' has already declared a candidacy for CouncilMember", repeat.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "RI USM, art. 3-2, al. 5")]
    public void Decide_LateCandidacyAfterTheWindowOpened_NamesCountAndThreshold()
    {
        var members = Enumerable.Range(1, 2).Select(i => TestMembers.InCourt(Id("e", i), "Lyon", Grade.FirstGrade)).ToList();
        var late = Decide(members, [], Council("e01", FridayLastSecond), Council("e02", new LocalDateTime(2026, 11, 26, 17, 0)))[^1];
        Assert.True(late.Admitted);
        Assert.Equal(CouncilCandidateCategory.EntryGradeOrAuditeur, late.Category);
        Assert.Equal("RI USM, art. 3-2, al. 5", late.Reference.ToString());
        Assert.Contains("late candidacy on 2026-11-26T17:00:00: the category EntryGradeOrAuditeur had 1 candidate(s) on the Friday, fewer than 10", late.Reason, StringComparison.Ordinal);
    }
}
