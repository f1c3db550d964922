using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.DependencyInjection;
using Justice.Domain.Usm.Readings;
using Justice.Domain.Usm.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Usm.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddJusticeDomainUsm_NoReadings_DefaultReadings() =>
        Assert.Same(UsmReadings.Default, new ServiceCollection().AddJusticeDomainUsm().BuildServiceProvider().GetRequiredService<UsmDecisionCatalogue>().Readings);

    [Fact]
    public void AddJusticeDomainUsm_RegistersCatalogueWithTheChosenReadingAndJson()
    {
        var present = UsmReadings.Default with { BureauTwoThirdsBase = MajorityBase.PresentOrRepresented };
        var provider = new ServiceCollection().AddJusticeDomainUsm(present).AddJusticeDomainUsm().BuildServiceProvider();
        Assert.Equal(MajorityBase.PresentOrRepresented, provider.GetRequiredService<UsmDecisionCatalogue>().BureauTwoThirdsBase);
        Assert.Same(present, provider.GetRequiredService<UsmReadings>());
        Assert.Same(UsmJsonContext.Default, provider.GetRequiredService<UsmJsonContext>());
    }
}
