using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.DependencyInjection;
using Justice.Domain.Usm.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Usm.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddJusticeDomainUsm_RegistersCatalogueWithTheChosenReadingAndJson()
    {
        var provider = new ServiceCollection().AddJusticeDomainUsm(MajorityBase.PresentOrRepresented).AddJusticeDomainUsm(MajorityBase.DeliberativeMembers).BuildServiceProvider();
        Assert.Equal(MajorityBase.PresentOrRepresented, provider.GetRequiredService<UsmDecisionCatalogue>().BureauTwoThirdsBase);
        Assert.Same(UsmJsonContext.Default, provider.GetRequiredService<UsmJsonContext>());
    }
}
