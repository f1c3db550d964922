using Justice.Domain.Usm.Calendar;
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
    public void EndOfNationalMandate_EarlierAssembly_NominalEnd() =>
        Assert.Equal(new LocalDate(2028, 11, 27), MandateTerm.EndOfNationalMandate(new LocalDate(2026, 11, 27), new LocalDate(2028, 11, 20)));

    [Fact]
    public void EndOfNationalMandate_AssemblyBeforeStart_Throws() =>
        Assert.Equal("firstUsefulAssembly", Assert.Throws<ArgumentOutOfRangeException>(() => MandateTerm.EndOfNationalMandate(new LocalDate(2026, 11, 27), new LocalDate(2026, 1, 1))).ParamName);
}
