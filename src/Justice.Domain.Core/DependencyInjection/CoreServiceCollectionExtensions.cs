using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Justice.Domain.Core.DependencyInjection;

/// <summary>Registers Core's services in a <see cref="IServiceCollection"/>. Every package follows the same pattern.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock (the system clock unless one is already registered, for example a fake one in tests):
    /// the packages never read the time themselves, an application passes <c>IClock.GetCurrentInstant()</c> in.
    /// Uses <c>TryAdd*</c>, so calling it twice or after your own registrations changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainCore(this IServiceCollection services)
    {
        Guard.NotNull(services);
        // The one place src/ names the system clock: it is the application's default registration, never read by a package.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(DateTimeZoneProviders.Tzdb);
        return services;
    }
}
