using Justice.Domain.Cav.Composition;
using Justice.Domain.Cav.DependencyInjection;
using Justice.Domain.Core;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace Justice.Domain.Cav.Tests.DependencyInjection;

public class CavServiceCollectionExtensionsTests
{
    [Fact]
    public void AddJusticeDomainCav_RegistersTheTimelineOnceAndCore()
    {
        var services = new ServiceCollection();
        services.AddJusticeDomainCav(new LocalDate(2022, 9, 1), new LocalDate(2026, 3, 1));
        services.AddJusticeDomainCav(new LocalDate(2022, 9, 1), new LocalDate(2026, 4, 1));
        var timeline = Assert.Single(services, d => d.ServiceType == typeof(DateVersioned<CavCompositionRules>));
        var instance = Assert.IsType<DateVersioned<CavCompositionRules>>(timeline.ImplementationInstance);
        Assert.Equal(new LocalDate(2026, 3, 1), instance.Versions[1].From);
        Assert.Contains(services, d => d.ServiceType == typeof(IClock));
    }
}
