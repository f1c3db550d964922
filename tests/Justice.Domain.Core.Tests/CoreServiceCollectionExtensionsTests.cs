using Justice.Domain.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Justice.Domain.Core.Tests;

public class CoreServiceCollectionExtensionsTests
{
    [Fact]
    public void AddJusticeDomainCore_KeepsAClockAlreadyRegistered()
    {
        var services = new ServiceCollection();
        var fixedClock = new FixedClock(Instant.FromUtc(2026, 2, 12, 9, 0));
        services.AddSingleton<IClock>(fixedClock);
        var returned = services.AddJusticeDomainCore().AddJusticeDomainCore();
        Assert.Same(services, returned);
        using var provider = services.BuildServiceProvider();
        Assert.Same(fixedClock, provider.GetRequiredService<IClock>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void AddJusticeDomainCore_RegistersSystemClockAndTzdb()
    {
        using var provider = new ServiceCollection().AddJusticeDomainCore().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Equal("Europe/Paris", provider.GetRequiredService<IDateTimeZoneProvider>()["Europe/Paris"].Id);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
