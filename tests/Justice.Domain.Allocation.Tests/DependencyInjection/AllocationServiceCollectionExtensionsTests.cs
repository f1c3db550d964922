using Justice.Domain.Allocation.DependencyInjection;
using Justice.Domain.Allocation.Ranking;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Justice.Domain.Allocation.Tests.DependencyInjection;

public class AllocationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddJusticeDomainAllocation_Registers_ProductionAllocatorAndCore()
    {
        using var provider = new ServiceCollection().AddJusticeDomainAllocation().BuildServiceProvider();
        Assert.IsType<PostAllocator>(provider.GetRequiredService<IPostAllocator>());
        Assert.NotNull(provider.GetRequiredService<ReferencePostAllocator>());
        Assert.NotNull(provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddJusticeDomainAllocation_Twice_RegistersOnce()
    {
        var services = new ServiceCollection().AddJusticeDomainAllocation().AddJusticeDomainAllocation();
        Assert.Single(services, d => d.ServiceType == typeof(IPostAllocator));
    }

    [Fact]
    public void AddJusticeDomainAllocation_OwnAllocatorFirst_IsKept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPostAllocator, ReferencePostAllocator>();
        using var provider = services.AddJusticeDomainAllocation().BuildServiceProvider();
        Assert.IsType<ReferencePostAllocator>(provider.GetRequiredService<IPostAllocator>());
    }
}
