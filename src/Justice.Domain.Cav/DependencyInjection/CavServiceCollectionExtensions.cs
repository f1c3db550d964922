using Justice.Domain.Cav.Composition;
using Justice.Domain.Core;
using Justice.Domain.Core.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Justice.Domain.Cav.DependencyInjection;

/// <summary>Registers the CAV package in a <see cref="IServiceCollection"/>.</summary>
public static class CavServiceCollectionExtensions
{
    /// <summary>
    /// Registers Core and the CAV composition timeline (<see cref="DateVersioned{T}"/> of
    /// <see cref="CavCompositionRules"/>). The two start dates are required: no text we hold fixes when the former
    /// composition began or when the reformed commission took office. Uses <c>TryAdd*</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="formerFrom">The first day the former composition applies.</param>
    /// <param name="reformedFrom">The first day the reformed commission is in office.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainCav(this IServiceCollection services, LocalDate formerFrom, LocalDate reformedFrom)
    {
        Guard.NotNull(services);
        var timeline = CavRegimes.Timeline(formerFrom, reformedFrom);
        services.AddJusticeDomainCore();
        services.TryAddSingleton(timeline);
        return services;
    }
}
