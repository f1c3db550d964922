using Justice.Domain.Core;
using Justice.Domain.Deliberation.DependencyInjection;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Readings;
using Justice.Domain.Usm.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Domain.Usm.DependencyInjection;

/// <summary>Registers the USM package in a <see cref="IServiceCollection"/>.</summary>
public static class UsmServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Deliberation engine (and Core), the USM JSON context, the readings where the texts are silent and the
    /// decision catalogue built with them (docs/readings.md). Uses <c>TryAdd*</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="readings">The readings; null for <see cref="UsmReadings.Default"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainUsm(this IServiceCollection services, UsmReadings? readings = null)
    {
        Guard.NotNull(services);
        var chosen = readings ?? UsmReadings.Default;
        var catalogue = UsmDecisionCatalogue.Create(chosen);
        services.AddJusticeDomainDeliberation();
        services.TryAddSingleton(UsmJsonContext.Default);
        services.TryAddSingleton(chosen);
        services.TryAddSingleton(catalogue);
        return services;
    }
}
