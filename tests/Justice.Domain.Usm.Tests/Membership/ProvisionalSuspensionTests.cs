using Justice.Domain.Usm.Membership;
using NodaTime;

namespace Justice.Domain.Usm.Tests.Membership;

public class ProvisionalSuspensionTests
{
    [Fact]
    [Trait("Article", "Statuts USM, art. 7")]
    public void InForceOn_UntilTheNextUsefulCouncilMeeting()
    {
        var suspension = new ProvisionalSuspension("m1", new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 10), false);
        Assert.True(suspension.InForceOn(new LocalDate(2026, 4, 9)));
        Assert.False(suspension.InForceOn(new LocalDate(2026, 4, 10)));
        Assert.False(suspension.InForceOn(new LocalDate(2026, 3, 1)));
        Assert.Equal("Statuts USM, art. 7", suspension.Reference.ToString());
    }

    [Fact]
    [Trait("Article", "RI USM, art. 1-5")]
    public void Reference_OfLocalFunctions_IsRule1To5() =>
        Assert.Equal("RI USM, art. 1-5", new ProvisionalSuspension("m1", new LocalDate(2026, 3, 2), new LocalDate(2026, 4, 10), true).Reference.ToString());
}
