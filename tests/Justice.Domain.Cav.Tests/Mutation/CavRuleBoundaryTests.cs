using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Election;
using Justice.Domain.Cav.Grades;
using Justice.Domain.Cav.Representativeness;
using Justice.Domain.Cav.Validation;
using Justice.Domain.Core;
using NodaTime;
using Xunit;
using static Justice.Domain.Cav.Tests.Validation.CompositionFixtures;

namespace Justice.Domain.Cav.Tests.Mutation;

/// <summary>
/// The boundaries of the commission's rules that the example tests left unchecked: the day the three grades start,
/// the one-day interruption of service, the last day of a mandate, the union with one seat and the share bounds.
/// </summary>
public class CavRuleBoundaryTests
{
    private static readonly LocalDate Reform = GradeReform.EffectiveDate;

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II")]
    public void Validate_ReformedRulesOnTheDayTheThreeGradesStart_AreApplicableAndTheThirdGradeExists()
    {
        var members = WithAlternates(Reformed()).Select(m => m.Mandate is null ? m : m with { Mandate = m.Mandate with { From = Reform } }).ToList();
        var report = CompositionValidator.Validate(CavRegimes.Reformed, Reform, members);
        Assert.Equal(CavRegimeKind.Reformed, report.Regime);
        Assert.DoesNotContain(report.Issues, i => i.Kind == CompositionIssueKind.IneligibleGrade);
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositionValidator.Validate(CavRegimes.Reformed, Reform.PlusDays(-1), members));
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1")]
    public void Validate_ElectedMemberWithoutMandate_ReportsTheMandateNotCurrent()
    {
        var members = WithAlternates(Reformed()).Select(m => m.Name == "PP" ? m with { Mandate = null } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, new LocalDate(2026, 6, 1), members).Issues);
        Assert.Equal(CompositionIssueKind.MandateNotCurrent, issue.Kind);
        Assert.Contains("has no mandate", issue.Message, StringComparison.Ordinal);
        Assert.Equal(CavReferences.ReformedMandate, issue.Reference);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1")]
    public void Validate_AlternateWhoHeldATitularMandate_IsNoRenewalOfTheTitularMandate()
    {
        // "Le mandat de quatre ans n'est pas renouvelable" bars a second titular mandate; an alternate is not renewing one.
        var earlier = new CavMandate(CavRegimeKind.Reformed, CavMembership.Titular, ReformedFrom.PlusYears(-4), ReformedFrom.PlusDays(-1));
        var members = WithAlternates(Reformed()).Select(m => m.Name == "PP (suppléant)" ? m with { PreviousMandates = [earlier] } : m).ToList();
        Assert.True(CompositionValidator.Validate(Timeline, new LocalDate(2026, 6, 1), members).IsValid);
    }

    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, I")]
    public void EffectiveService_ADayNotCounted_PostponesTheDateByOneDay()
    {
        var since = new LocalDate(2020, 1, 1);
        Assert.Equal(new LocalDate(2025, 1, 1), EffectiveService.ReachedOn(since, 5));
        Assert.Equal(new LocalDate(2025, 1, 2), EffectiveService.ReachedOn(since, 5, [new DateInterval(new LocalDate(2021, 3, 1), new LocalDate(2021, 3, 1))]));
    }

    [Fact]
    [Trait("Article", "Décret 2025-1032, conditions d'avancement, I")]
    public void EffectiveService_AnInterruptionFromTheDayServiceIsReached_DoesNotPostponeIt()
    {
        var since = new LocalDate(2020, 1, 1);
        Assert.Equal(new LocalDate(2025, 1, 1), EffectiveService.ReachedOn(since, 5, [new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 10))]));
        Assert.Equal(new LocalDate(2025, 1, 11), EffectiveService.ReachedOn(since, 5, [new DateInterval(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 9))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => EffectiveService.ReachedOn(since, 0));
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1")]
    public void CavMandate_CoversItsFirstAndLastDayOnly()
    {
        var mandate = new CavMandate(CavRegimeKind.Reformed, CavMembership.Titular, new LocalDate(2026, 3, 1), new LocalDate(2030, 2, 28));
        Assert.True(mandate.Covers(new LocalDate(2026, 3, 1)));
        Assert.True(mandate.Covers(new LocalDate(2030, 2, 28)));
        Assert.False(mandate.Covers(new LocalDate(2026, 2, 28)));
        Assert.False(mandate.Covers(new LocalDate(2030, 3, 1)));
        Assert.True(new CavMandate(CavRegimeKind.Reformed, CavMembership.Titular, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1)).Covers(new LocalDate(2026, 3, 1)));
        Assert.Equal("Until", Assert.Throws<ArgumentOutOfRangeException>(() => new CavMandate(CavRegimeKind.Reformed, CavMembership.Titular, new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28))).ParamName);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1, II")]
    public void Assess_OneSeatIsEnoughWhateverTheShare()
    {
        var decisions = UnionRepresentativeness.Assess([new("A", 99, 5), new("B", 1, 1)], 6m);
        Assert.True(decisions[1].IsRepresentative);
        Assert.Equal("won 1 seat(s) at the commission", decisions[1].Reason);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1, II")]
    public void Assess_NoValidVote_NobodyReachesEvenAZeroMinimum()
    {
        var decisions = UnionRepresentativeness.Assess([new("A", 0, 0), new("B", 0, 0)], 0m);
        Assert.All(decisions, d => Assert.False(d.IsRepresentative));
        Assert.Contains("0 % of valid votes (0 of 0) is below", decisions[0].Reason, StringComparison.Ordinal);
        Assert.True(UnionRepresentativeness.Assess([new("A", 1, 0)], 100m)[0].IsRepresentative);
        Assert.Throws<ArgumentOutOfRangeException>(() => UnionRepresentativeness.Assess([new("A", 1, 0)], -0.01m));
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 7")]
    public void GenderShare_BoundsAndText()
    {
        Assert.Equal([0], GenderShare.FromPercentage(0m).AllowedWomen(12));
        Assert.Equal([12], GenderShare.FromPercentage(100m).AllowedWomen(12));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromPercentage(-0.0001m));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromPercentage(100.0001m));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromElectors(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromElectors(5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GenderShare.FromElectors(1, 3).AllowedWomen(-1));
        Assert.Equal("25 %", GenderShare.FromElectors(1, 3).ToString());
        Assert.Equal("66.67 %", GenderShare.FromElectors(2, 1).ToString());
        Assert.Equal("no share", default(GenderShare).ToString());
    }

    [Fact]
    [Trait("Article", "Décret 2025-659, art. 1")]
    public void ElectionCalendar_AOneDayVote_IsAccepted()
    {
        var day = new LocalDate(2029, 12, 1);
        _ = ElectionCalendar.Check(new LocalDate(2030, 3, 1), day, day, new LocalDate(2029, 10, 1));
        Assert.Equal("voteEnds", Assert.Throws<ArgumentOutOfRangeException>(() => ElectionCalendar.Check(new LocalDate(2030, 3, 1), day, day.PlusDays(-1), new LocalDate(2029, 10, 1))).ParamName);
    }
}
