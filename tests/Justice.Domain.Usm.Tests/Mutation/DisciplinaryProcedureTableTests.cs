using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Mutation;

/// <summary>
/// The adversarial procedure before the national council (Statuts USM, art. 6 d; art. 11, al. 2; art. 13, al. 2;
/// RI USM, art. 1-4) and the provisional suspension (art. 7; RI art. 1-5), read back whole: every failed step with its
/// words and article, and the first and last days of each period.
/// </summary>
public class DisciplinaryProcedureTableTests
{
    private static readonly LocalDate Meeting = new(2026, 6, 20);

    [Theory]
    [InlineData(DisciplinaryMeasure.Exclusion, "Statuts USM, art. 6, d")]
    [InlineData(DisciplinaryMeasure.HonoraryPresidentRemoval, "Statuts USM, art. 11, al. 2")]
    [InlineData(DisciplinaryMeasure.CouncilMemberRevocation, "Statuts USM, art. 13, al. 2")]
    [InlineData(DisciplinaryMeasure.LocalFunctionsDeprivation, "RI USM, art. 1-4")]
    [Trait("Article", "Statuts USM, art. 6, d")]
    [Trait("Article", "RI USM, art. 1-4")]
    public void Check_EveryStepMissed_EachFailureWithItsWordsAndTheMeasuresArticle(DisciplinaryMeasure measure, string article)
    {
        // Statuts USM, art. 6 d: grievances by registered letter "quinze jours au moins avant la réunion", explanations in
        // writing and a hearing, "la décision motivée"; RI art. 1-4 adds the length of six months to two years.
        Assert.Equal(article, DisciplinaryProcedure.ReferenceOf(measure).ToString());
        var failures = DisciplinaryProcedure.Check(measure, null, Meeting, false, false);
        var expected = new List<string>
        {
            "no: the grievances were not sent by registered letter (" + article + ")",
            "no: the person was not offered to explain in writing and to be heard (" + article + ")",
            "no: the decision states no reasons (décision motivée) (" + article + ")",
        };
        if (measure == DisciplinaryMeasure.LocalFunctionsDeprivation)
        {
            expected.Add("no: a deprivation of local functions needs a length (" + article + ")");
        }

        Assert.Equal(expected, failures.Select(f => f.ToString()));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 6, d")]
    public void Check_GrievancesOneDayLate_NamesTheDayTheLimitAndTheMeeting()
    {
        // Meeting on 20 June 2026: "quinze jours au moins avant" is 5 June at the latest.
        Assert.Equal(new LocalDate(2026, 6, 5), DisciplinaryProcedure.LatestGrievanceDispatch(Meeting));
        Assert.Empty(DisciplinaryProcedure.Check(DisciplinaryMeasure.HonoraryPresidentRemoval, new LocalDate(2026, 6, 5), Meeting, true, true));
        var late = Assert.Single(DisciplinaryProcedure.Check(DisciplinaryMeasure.HonoraryPresidentRemoval, new LocalDate(2026, 6, 6), Meeting, true, true));
        Assert.Equal(
            "no: grievances sent on 2026-06-06, after 2026-06-05 (15 days at least before the meeting of 2026-06-20) (Statuts USM, art. 11, al. 2)",
            late.ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-4")]
    public void Check_DeprivationOutsideSixMonthsToTwoYears_NamesTheLength()
    {
        var failure = Assert.Single(DisciplinaryProcedure.Check(DisciplinaryMeasure.LocalFunctionsDeprivation, new LocalDate(2026, 6, 1), Meeting, true, true, Period.FromMonths(25)));
        Assert.Equal("no: a deprivation lasts six months to two years; P25M is outside (RI USM, art. 1-4)", failure.ToString());

        // The length is a matter of the deprivation only: another measure ignores it.
        Assert.Empty(DisciplinaryProcedure.Check(DisciplinaryMeasure.CouncilMemberRevocation, new LocalDate(2026, 6, 1), Meeting, true, true, Period.FromMonths(25)));
    }

    [Theory]
    [InlineData(183, false)]
    [InlineData(184, true)]
    [InlineData(731, true)]
    [InlineData(732, false)]
    [Trait("Article", "RI USM, art. 1-4")]
    public void DeprivationLengthIsValid_InDays_FromTheFirstDay(int days, bool valid)
    {
        // RI USM, art. 1-4: "pour une durée de six mois à deux ans"; from 1 July 2026, six months end on
        // 1 January 2027 (184 days) and two years on 1 July 2028 (731 days, 2028 being a leap year).
        var from = new LocalDate(2026, 7, 1);
        Assert.Equal(valid, DisciplinaryProcedure.DeprivationLengthIsValid(Period.FromDays(days), from));
    }

    [Fact]
    [Trait("Article", "Statuts USM, art. 7")]
    public void ProvisionalSuspension_InForceFromTheDayOfTheDecision()
    {
        // Statuts USM, art. 7: the bureau "peut suspendre à titre conservatoire"; the suspension runs from its decision
        // "au plus tard jusqu'à la prochaine réunion utile du conseil national".
        var suspension = new ProvisionalSuspension("m1", new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 10), false);
        Assert.True(suspension.InForceOn(new LocalDate(2026, 3, 2)));
        Assert.False(suspension.InForceOn(new LocalDate(2026, 3, 1)));
        Assert.Throws<ArgumentException>(() => new ProvisionalSuspension(" ", new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 10), true));
    }
}
