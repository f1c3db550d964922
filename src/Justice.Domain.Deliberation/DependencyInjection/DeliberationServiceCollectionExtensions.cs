using Justice.Domain.Core;
using Justice.Domain.Core.DependencyInjection;
using Justice.Domain.Deliberation.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Domain.Deliberation.DependencyInjection;

/// <summary>Registers the Deliberation package in a <see cref="IServiceCollection"/>.</summary>
public static class DeliberationServiceCollectionExtensions
{
    /// <summary>
    /// Registers Core's services and the Deliberation JSON context (<see cref="DeliberationJsonContext.Default"/>).
    /// The engine itself is static and pure (<c>SeatApportionment</c>, <c>Deliberator</c>, <c>Election</c>,
    /// <c>DrawingOfLots</c>): it needs no registration. Uses <c>TryAdd*</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainDeliberation(this IServiceCollection services)
    {
        Guard.NotNull(services);
        services.AddJusticeDomainCore();
        services.TryAddSingleton(DeliberationJsonContext.Default);
        return services;
    }
}
