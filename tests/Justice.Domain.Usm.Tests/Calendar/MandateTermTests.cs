using FsCheck.Xunit;
using Justice.Domain.Usm.Calendar;
using Justice.Domain.Usm.Readings;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Calendar;

public class MandateTermTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 9")]
    public void NominalEnd_TwoYears() => Assert.Equal(new LocalDate(2028, 11, 27), MandateTerm.NominalEnd(new LocalDate(2026, 11, 27)));

    [Fact]
    [Trait("Article", "Statuts USM, art. 13, al. 1")]
    public void EndOfNationalMandate_LaterAssembly_ExtendedToIt() =>
        Assert.Equal(new LocalDate(2028, 12, 8), MandateTerm.EndOfNationalMandate(new LocalDate(2026, 11, 27), new LocalDate(2028, 12, 8)));

    [Fact]
    [Trait("Article", "Statuts USM, art. 13, al. 1")]
    public void Art13Al1_EndOfNationalMandate_EarlierAssembly_EndsThereByDefault_NominalEndUnderTheOtherReading()
    {
        // Elected on 27 November 2026; the successors are elected on 20 November 2028, seven days before the two years.
        var start = new LocalDate(2026, 11, 27);
        var renewing = new LocalDate(2028, 11, 20);
        Assert.Equal(renewing, MandateTerm.EndOfNationalMandate(start, renewing));
        Assert.Equal(new LocalDate(2028, 11, 27), MandateTerm.EndOfNationalMandate(start, renewing, MandateOverlapReading.NominalTermRuns));
    }

    [Property]
    [Trait("Article", "Statuts USM, art. 13, al. 1")]
    public bool Art13Al1_EndOfNationalMandate_NoOverlapByDefault_NeverBeforeTwoYearsUnderTheOtherReading(PositiveInt daysAfter)
    {
        var start = new LocalDate(2026, 11, 27);
        var renewing = start.PlusDays(daysAfter.Get % 1500);
        var byDefault = MandateTerm.EndOfNationalMandate(start, renewing);
        var nominal = MandateTerm.EndOfNationalMandate(start, renewing, MandateOverlapReading.NominalTermRuns);
        return byDefault == renewing && nominal >= MandateTerm.NominalEnd(start) && nominal >= renewing;
    }

    [Fact]
    public void EndOfNationalMandate_AssemblyBeforeStart_Throws() =>
        Assert.Equal("renewingAssembly", Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfNationalMandate(new LocalDate(2026, 11, 27), new LocalDate(2026, 1, 1))).ParamName);

    [Fact]
    [Trait("Article", "Statuts USM, art. 16, al. 2")]
    public void Art16Al2_BureauElectedAfterTheAssembly_EndsAtTheRenewingAssembly()
    {
        // The council elects the bureau on 15 January 2027 "pour une durée de deux ans qui se prolonge … jusqu'à la
        // première assemblée générale utile"; the next electoral assembly sits on 8 December 2028.
        var elected = new LocalDate(2027, 1, 15);
        var renewing = new LocalDate(2028, 12, 8);
        Assert.Equal(renewing, MandateTerm.EndOfNationalMandate(elected, renewing));
        Assert.Equal(new LocalDate(2029, 1, 15), MandateTerm.EndOfNationalMandate(elected, renewing, MandateOverlapReading.NominalTermRuns));
    }

    [Fact]
    [Trait("Article", "RI USM, art. 5-1")]
    public void Rule5To1_ChargeDeMission_EndsAtTheFixedEndOrTheNextElectoralAssembly()
    {
        var designated = new LocalDate(2027, 3, 1);
        Assert.Equal(new LocalDate(2027, 12, 31), MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2027, 12, 31), new LocalDate(2028, 11, 24)));
        Assert.Equal(new LocalDate(2028, 11, 24), MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2029, 6, 30), new LocalDate(2028, 11, 24)));
        Assert.Equal("fixedEnd", Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfChargeDeMission(designated, new LocalDate(2027, 2, 1), new LocalDate(2028, 11, 24))).ParamName);
    }
}
