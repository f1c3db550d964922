using Justice.Domain.Allocation.Ranking;
using Justice.Domain.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Domain.Allocation.DependencyInjection;

/// <summary>Registers the Allocation package's services.</summary>
public static class AllocationServiceCollectionExtensions
{
    /// <summary>
    /// Registers Core, the production <see cref="IPostAllocator"/> (<see cref="PostAllocator"/>) and the reference
    /// one (<see cref="ReferencePostAllocator"/>, to cross-check), as singletons (they are stateless). Uses
    /// <c>TryAdd*</c>, so calling it twice or after your own registrations changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainAllocation(this IServiceCollection services)
    {
        Justice.Domain.Core.Guard.NotNull(services);
        services.AddJusticeDomainCore();
        services.TryAddSingleton<IPostAllocator, PostAllocator>();
        services.TryAddSingleton<PostAllocator>();
        services.TryAddSingleton<ReferencePostAllocator>();
        return services;
    }
}
