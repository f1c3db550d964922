using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.Validation;
using Justice.Domain.Core;
using NodaTime;
using Xunit;
using static Justice.Domain.Cav.Tests.Validation.CompositionFixtures;

namespace Justice.Domain.Cav.Tests.Validation;

public class CompositionValidatorTests
{
    private static readonly LocalDate AfterReform = new(2026, 6, 1);
    private static readonly LocalDate BeforeReform = new(2024, 6, 1);

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II")]
    public void Validate_CorrectReformedCompositionIn2026_IsValid()
    {
        var report = CompositionValidator.Validate(Timeline, AfterReform, WithAlternates(Reformed()));
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Select(i => i.Message)));
        Assert.Equal(CavRegimeKind.Reformed, report.Regime);
        Assert.Equal(25, report.MembersChecked);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 35")]
    public void Validate_CorrectFormerCompositionIn2024_IsValid()
    {
        var report = CompositionValidator.Validate(Timeline, BeforeReform, Former());
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Select(i => i.Message)));
        Assert.Equal(CavRegimeKind.Former, report.Regime);
    }

    [Fact]
    public void Validate_FormerCompositionAfterReclassification_GradesReadAsReclassified()
    {
        var rules = CavRegimes.Former;
        var members = Former().Select(m => m with { Mandate = m.Mandate is null ? null : m.Mandate with { Until = new LocalDate(2026, 2, 28) } }).ToList();
        members = members.Select(m => m.Mandate is null ? m : m with { Mandate = m.Mandate with { From = new LocalDate(2023, 3, 1) } }).ToList();
        var report = CompositionValidator.Validate(rules, new LocalDate(2026, 1, 15), members);
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Select(i => i.Message)));
    }

    [Fact]
    public void Validate_ReformedCompositionUnderFormerRules_ReportsUnknownAndMissingSeats()
    {
        var report = CompositionValidator.Validate(Timeline, BeforeReform, WithAlternates(Reformed()));
        Assert.False(report.IsValid);
        Assert.Contains(report.Issues, i => i.Kind == CompositionIssueKind.UnknownSeat && i.Member == "DSJ");
        Assert.Contains(report.Issues, i => i.Kind == CompositionIssueKind.MissingSeat && i.SeatCode == "35-chair" && i.Reference.ToString() == "Ord. 58-1270, art. 35");
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 1°")]
    public void Validate_FiveRepresentatives_ReportsMissingSeat()
    {
        var members = WithAlternates(Reformed().Where(m => m.Name != "Représentant 6").ToList());
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.MissingSeat, issue.Kind);
        Assert.Contains("'II-1'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("has 5", issue.Message, StringComparison.Ordinal);
        Assert.Equal(CavReferences.Representatives, issue.Reference);
    }

    [Fact]
    public void Validate_SeventhRepresentative_ReportsSurplusNamingTheMember()
    {
        var members = WithAlternates([.. Reformed(), Elected("Intrus", "II-1", JudicialFunction.CourtJudge, Grade.FirstGrade)]);
        var report = CompositionValidator.Validate(Timeline, AfterReform, members);
        var surplus = Assert.Single(report.Issues, i => i.Kind == CompositionIssueKind.SurplusSeat);
        Assert.Equal("Intrus", surplus.Member);
        Assert.Contains(report.Issues, i => i.Kind == CompositionIssueKind.SurplusAlternate && i.Member == "Intrus (suppléant)");
    }

    [Fact]
    public void Validate_TwoSurplusRepresentatives_EachNamedWithItsOwnRank()
    {
        var members = WithAlternates([.. Reformed(),
            Elected("Intrus", "II-1", JudicialFunction.CourtJudge, Grade.FirstGrade),
            Elected("Second intrus", "II-1", JudicialFunction.CourtJudge, Grade.FirstGrade)]);
        var report = CompositionValidator.Validate(Timeline, AfterReform, members);
        var surplus = report.Issues.Where(i => i.Kind == CompositionIssueKind.SurplusSeat).ToList();
        Assert.Equal(["Intrus", "Second intrus"], surplus.Select(i => i.Member));
        Assert.Contains("titular holder number 7 of seat 'II-1'", surplus[0].Message, StringComparison.Ordinal);
        Assert.Contains("titular holder number 8 of seat 'II-1'", surplus[1].Message, StringComparison.Ordinal);
        var alternates = report.Issues.Where(i => i.Kind == CompositionIssueKind.SurplusAlternate).ToList();
        Assert.Contains("alternate number 7 of seat 'II-1'", alternates[0].Message, StringComparison.Ordinal);
        Assert.Contains("alternate number 8 of seat 'II-1'", alternates[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1, II, 4°")]
    public void Validate_FirstPresidentOfCassationOnThirdGradeSeat_IsIneligible()
    {
        var members = WithAlternates(Reformed()).Select(m => m.Name == "Conseiller" ? m with { Function = JudicialFunction.FirstPresidentOfCassation } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.IneligibleFunction, issue.Kind);
        Assert.Contains("'Conseiller'", issue.Message, StringComparison.Ordinal);
        Assert.Equal("Ord. 58-1270, art. 10-1-1, II, 4°", issue.Reference.ToString());
    }

    [Fact]
    public void Validate_SecondGradeMagistrateOnThirdGradeSeat_IsIneligibleGrade()
    {
        var members = WithAlternates(Reformed()).Select(m => m.Name == "Conseiller" ? m with { Grade = Grade.SecondGrade } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.IneligibleGrade, issue.Kind);
        Assert.Contains("troisième grade", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1")]
    public void Validate_TitularWhoHeldAReformedMandate_ReportsRenewal()
    {
        var earlier = new CavMandate(CavRegimeKind.Reformed, CavMembership.Titular, ReformedFrom.PlusYears(-4), ReformedFrom.PlusDays(-1));
        var members = WithAlternates(Reformed()).Select(m => m.Name == "PP" ? m with { PreviousMandates = [earlier] } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.RenewedMandate, issue.Kind);
        Assert.Equal("PP", issue.Member);
        Assert.Equal(CavReferences.ReformedMandate, issue.Reference);
    }

    [Fact]
    public void Validate_FormerMandateBeforeReformedOne_IsNotARenewal()
    {
        var members = WithAlternates(Reformed()).Select(m => m.Name == "PP" ? m with { PreviousMandates = [FormerMandate] } : m).ToList();
        Assert.True(CompositionValidator.Validate(Timeline, AfterReform, members).IsValid);
    }

    [Fact]
    public void Validate_ElectedTitularWithoutAlternate_ReportsMissingAlternate()
    {
        var members = WithAlternates(Reformed()).Where(m => m.Name != "Procureur (suppléant)").ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.MissingAlternate, issue.Kind);
        Assert.Equal("II-3-prosecutor", issue.SeatCode);
    }

    [Fact]
    [Trait("Article", "Ord. 58-1270, art. 10-1-1")]
    public void Validate_PromotionDuringMandate_IsReportedAndOneBeforeIsNot()
    {
        var during = new GradePromotion(new LocalDate(2027, 1, 1), Grade.SecondGrade);
        var before = new GradePromotion(ReformedFrom.PlusDays(-1), Grade.SecondGrade);
        var members = WithAlternates(Reformed()).Select(m => m.Name switch
        {
            "Représentant 1" => m with { Promotions = [during] },
            "Représentant 2" => m with { Promotions = [before], Grade = Grade.SecondGrade },
            _ => m,
        }).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, members).Issues);
        Assert.Equal(CompositionIssueKind.PromotionDuringMandate, issue.Kind);
        Assert.Equal("Représentant 1", issue.Member);
        Assert.Contains("2027-01-01", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FormerRegime_NoPromotionBar()
    {
        var members = Former().Select(m => m.Name == "Premier grade 1" ? m with { Promotions = [new GradePromotion(new LocalDate(2023, 1, 1), Grade.FormerHorsHierarchie)] } : m).ToList();
        Assert.True(CompositionValidator.Validate(Timeline, BeforeReform, members).IsValid);
    }

    [Fact]
    public void Validate_FormerDsjRepresentativeNotMagistrate_IsReported()
    {
        var members = Former().Select(m => m.Name == "DSJ" ? m with { Function = JudicialFunction.DirectorRepresentative, IsMagistrate = false } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, BeforeReform, members).Issues);
        Assert.Equal(CompositionIssueKind.RepresentativeNotMagistrate, issue.Kind);
        var reformed = WithAlternates(Reformed()).Select(m => m.Name == "DSJ" ? m with { Function = JudicialFunction.DirectorRepresentative, IsMagistrate = false } : m).ToList();
        Assert.True(CompositionValidator.Validate(Timeline, AfterReform, reformed).IsValid);
    }

    [Fact]
    public void Validate_FormerCourtsSeatWithSecondGradeMagistrate_IsIneligibleGrade()
    {
        var members = Former().Select(m => m.Name == "Premier grade 3" ? m with { Grade = Grade.FormerSecondGrade } : m).ToList();
        var issue = Assert.Single(CompositionValidator.Validate(Timeline, BeforeReform, members).Issues);
        Assert.Equal(CompositionIssueKind.IneligibleGrade, issue.Kind);
        Assert.Contains("'Premier grade 3'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MandateExpiredOrTooLong_IsReported()
    {
        var expired = WithAlternates(Reformed()).Select(m => m.Name == "PG" ? m with { Mandate = m.Mandate! with { Until = new LocalDate(2026, 5, 1) } } : m).ToList();
        Assert.Equal(CompositionIssueKind.MandateNotCurrent, Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, expired).Issues).Kind);
        var tooLong = WithAlternates(Reformed()).Select(m => m.Name == "PG" ? m with { Mandate = m.Mandate! with { Until = ReformedFrom.PlusYears(4) } } : m).ToList();
        Assert.Equal(CompositionIssueKind.MandateTooLong, Assert.Single(CompositionValidator.Validate(Timeline, AfterReform, tooLong).Issues).Kind);
    }

    [Fact]
    public void Validate_AlternateOnExOfficioSeatAndDuplicate_AreReported()
    {
        var members = WithAlternates(Reformed());
        members.Add(new CavMember("DSJ adjoint", "II-5", CavMembership.Alternate, JudicialFunction.DirectorRepresentative, Grade.SecondGrade, ReformedMandate));
        members.Add(members[0]);
        var report = CompositionValidator.Validate(Timeline, AfterReform, members);
        Assert.Contains(report.Issues, i => i.Kind == CompositionIssueKind.WrongMembership && i.Member == "DSJ adjoint");
        Assert.Contains(report.Issues, i => i.Kind == CompositionIssueKind.DuplicateMember && i.Member == "Représentant 1");
        Assert.Equal(1, report.CountByKind[CompositionIssueKind.DuplicateMember]);
    }

    [Fact]
    public void Validate_DateBeforeAnyRegime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositionValidator.Validate(Timeline, new LocalDate(2000, 1, 1), Reformed()));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositionValidator.Validate(CavRegimes.Reformed, BeforeReform, Reformed()));
    }

    [Fact]
    public void CavMember_NullPreviousMandateOrDefaultPromotionGrade_ThrowsNamingTheMember()
    {
        var member = new CavMember("A", "II-1", CavMembership.Titular, JudicialFunction.CourtJudge, Grade.FirstGrade, null);
        Assert.Contains("member 'A'", Assert.ThrowsAny<ArgumentException>(() => member with { PreviousMandates = [null!] }).Message, StringComparison.Ordinal);
        Assert.Contains("member 'A'", Assert.ThrowsAny<ArgumentException>(() => member with { Promotions = [new GradePromotion(new LocalDate(2027, 1, 1), default)] }).Message, StringComparison.Ordinal);
        Assert.Empty((member with { PreviousMandates = default }).PreviousMandates);
    }

    [Fact]
    public void CavMember_UndefinedFunctionOrDefaultGrade_ThrowsNamingTheField()
    {
        Assert.Contains("Function", Assert.Throws<ArgumentOutOfRangeException>(() => new CavMember("A", "II-1", CavMembership.Titular, (JudicialFunction)99, Grade.FirstGrade, null)).Message, StringComparison.Ordinal);
        Assert.Contains("Grade", Assert.Throws<ArgumentOutOfRangeException>(() => new CavMember("A", "II-1", CavMembership.Titular, JudicialFunction.CourtJudge, default, null)).Message, StringComparison.Ordinal);
    }
}
