using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Membership;

public class DisciplinaryProcedureTests
{
    private static readonly LocalDate Meeting = new(2026, 6, 20);

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void Check_GrievancesSent15DaysBefore_Regular() =>
        Assert.Empty(DisciplinaryProcedure.Check(DisciplinaryMeasure.Exclusion, new LocalDate(2026, 6, 5), Meeting, true, true));

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void Check_GrievancesSent14DaysBefore_FailsCitingArticle6d()
    {
        var failures = DisciplinaryProcedure.Check(DisciplinaryMeasure.Exclusion, new LocalDate(2026, 6, 6), Meeting, true, true);
        var failure = Assert.Single(failures);
        Assert.Equal("Statuts USM, art. 6, d", failure.Reference.ToString());
        Assert.Contains("2026-06-05", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6 d")]
    public void Check_NoHearingNoReasons_ListsBoth() =>
        Assert.Equal(2, DisciplinaryProcedure.Check(DisciplinaryMeasure.CouncilMemberRevocation, new LocalDate(2026, 6, 1), Meeting, false, false).Count);

    [Theory]
    [Trait("Article", "RI USM, art. 1-4")]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(24, true)]
    [InlineData(25, false)]
    public void Check_DeprivationLength_SixMonthsToTwoYears(int months, bool valid)
    {
        var failures = DisciplinaryProcedure.Check(DisciplinaryMeasure.LocalFunctionsDeprivation, new LocalDate(2026, 6, 1), Meeting, true, true, Period.FromMonths(months));
        Assert.Equal(valid, failures.Count == 0);
        if (!valid)
        {
            Assert.Equal("RI USM, art. 1-4", failures[0].Reference.ToString());
        }
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 11, al. 2")]
    public void ReferenceOf_HonoraryPresidentRemoval_IsArticle11() =>
        Assert.Equal("Statuts USM, art. 11, al. 2", DisciplinaryProcedure.ReferenceOf(DisciplinaryMeasure.HonoraryPresidentRemoval).ToString());
}
