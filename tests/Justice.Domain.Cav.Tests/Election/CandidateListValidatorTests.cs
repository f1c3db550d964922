using Justice.Domain.Cav.Election;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.Election;

public class CandidateListValidatorTests
{
    private static readonly LocalDate VoteStarts = new(2026, 2, 6);
    private static readonly ListRules Rules = new(6, VoteStarts, GenderShare.FromPercentage(73.22m));

    internal static CandidateList FullList(string union, int women = 9, string prefix = "")
    {
        var candidates = Enumerable.Range(0, 12)
            .Select(i => new ListCandidate(prefix + union + " " + i, i < women ? CandidateSex.Woman : CandidateSex.Man, i < 6 ? CandidateRole.Titular : CandidateRole.Alternate, "juge", "TJ Paris"))
            .ToArray();
        return new CandidateList(union, [.. candidates], VoteStarts.PlusMonths(-2));
    }

    [Fact]
    public void Check_FullListsIn2026_AreAdmissibleAndDelegateIsHeadOfList()
    {
        var report = CandidateListValidator.Check([FullList("USM"), FullList("SM", 8)], Rules);
        Assert.Equal(2, report.Admissible);
        Assert.Equal(0, report.Inadmissible);
        Assert.Equal("USM 0", report.Lists[0].Delegate);
        Assert.Equal(new[] { 8, 9 }, report.Lists[0].AllowedWomen.ToArray());
        var named = CandidateListValidator.Check([FullList("USM") with { Delegate = "Délégué" }], Rules);
        Assert.Equal("Délégué", named.Lists[0].Delegate);
    }

    [Fact]
    public void Check_TooFewCandidates_InadmissibleNamingTheList()
    {
        var list = FullList("CFDT", 7);
        list = list with { Candidates = list.Candidates.RemoveAt(11).RemoveAt(5) };
        var result = Assert.Single(CandidateListValidator.Check([list], Rules).Lists);
        Assert.False(result.IsAdmissible);
        var titular = Assert.Single(result.Issues, i => i.Kind == ListIssueKind.TitularCount);
        Assert.Contains("list 'CFDT' holds 5 titular", titular.Message, StringComparison.Ordinal);
        Assert.Contains(result.Issues, i => i.Kind == ListIssueKind.AlternateCount);
    }

    [Fact]
    public void Check_PersonOnTwoLists_BothListsInadmissible()
    {
        var usm = FullList("USM");
        var sm = FullList("SM", 8);
        sm = sm with { Candidates = sm.Candidates.SetItem(3, sm.Candidates[3] with { Name = "USM 2" }) };
        var report = CandidateListValidator.Check([usm, sm], Rules);
        Assert.Equal(2, report.Inadmissible);
        Assert.All(report.Lists, l => Assert.Contains(l.Issues, i => i.Kind == ListIssueKind.CandidateOnTwoLists && i.Message.Contains("'USM 2'", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 7")]
    public void Check_GenderShareOutsideRounding_Inadmissible()
    {
        Assert.True(CandidateListValidator.Check([FullList("A", 8)], Rules).Lists[0].IsAdmissible);
        Assert.True(CandidateListValidator.Check([FullList("A", 9)], Rules).Lists[0].IsAdmissible);
        var seven = CandidateListValidator.Check([FullList("A", 7)], Rules).Lists[0];
        var issue = Assert.Single(seven.Issues);
        Assert.Equal(ListIssueKind.GenderShare, issue.Kind);
        Assert.Contains("allows 8 or 9 women", issue.Message, StringComparison.Ordinal);
        Assert.False(CandidateListValidator.Check([FullList("A", 10)], Rules).Lists[0].IsAdmissible);
    }

    [Fact]
    public void Check_FilingDeadline_OneMonthBeforeTheVoteIsInTimeTheDayAfterIsLate()
    {
        Assert.Equal(new LocalDate(2026, 1, 6), Rules.FilingDeadline);
        Assert.True(CandidateListValidator.Check([FullList("A") with { FiledOn = new LocalDate(2026, 1, 6) }], Rules).Lists[0].IsAdmissible);
        var late = CandidateListValidator.Check([FullList("A") with { FiledOn = new LocalDate(2026, 1, 7) }], Rules).Lists[0];
        Assert.Equal(ListIssueKind.LateFiling, Assert.Single(late.Issues).Kind);
    }

    [Fact]
    public void Check_TwoListsOfOneUnion_BothReported()
    {
        var report = CandidateListValidator.Check([FullList("USM"), FullList("usm", prefix: "bis ")], Rules);
        Assert.All(report.Lists, l => Assert.Contains(l.Issues, i => i.Kind == ListIssueKind.SecondListOfUnion));
    }

    [Fact]
    public void Check_SameCandidateTwiceOnAList_Reported()
    {
        var list = FullList("USM");
        list = list with { Candidates = list.Candidates.SetItem(7, list.Candidates[7] with { Name = "USM 1" }) };
        Assert.Contains(CandidateListValidator.Check([list], Rules).Lists[0].Issues, i => i.Kind == ListIssueKind.DuplicateCandidate);
    }

    [Fact]
    public void CandidateList_DefaultOrNullCandidate_EmptyOrThrowsNamingTheList()
    {
        var empty = new CandidateList("USM", default, VoteStarts);
        Assert.Empty(empty.Titulars);
        Assert.Null(empty.EffectiveDelegate);
        var report = CandidateListValidator.Check([empty], new ListRules(6, VoteStarts, GenderShare.FromElectors(1, 1)));
        Assert.Contains(report.Lists.Single().Issues, i => i.Kind == ListIssueKind.TitularCount);
        var ex = Assert.ThrowsAny<ArgumentException>(() => new CandidateList("SM", [null!], VoteStarts));
        Assert.Contains("list 'SM'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CandidateList_NoName_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CandidateList("", [], VoteStarts));
        Assert.Contains("Union", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ListRules(0, VoteStarts, GenderShare.FromElectors(1, 1)));
        Assert.Contains("Posting", Assert.Throws<ArgumentException>(() => new ListCandidate("A", CandidateSex.Woman, CandidateRole.Titular, "juge", " ")).Message, StringComparison.Ordinal);
    }
}
