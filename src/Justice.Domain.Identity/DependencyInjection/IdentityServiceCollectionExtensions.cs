using Justice.Domain.Core.DependencyInjection;
using Justice.Domain.Identity.Comparison;
using Justice.Domain.Identity.Places;
using Justice.Domain.Identity.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Domain.Identity.DependencyInjection;

/// <summary>Registers the Identity package's services.</summary>
public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers Core, the French name normalizer, the embedded INSEE commune directory, the civil-status and
    /// FEBRL profiles (singletons, <c>TryAdd*</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainIdentity(this IServiceCollection services)
    {
        Core.Guard.NotNull(services);
        services.AddJusticeDomainCore();
        services.TryAddSingleton(FrenchNameNormalizer.Default);
        services.TryAddSingleton(_ => CommuneDirectory.Default);
        services.TryAddSingleton(sp => new CivilStatusProfile(sp.GetRequiredService<FrenchNameNormalizer>(), sp.GetRequiredService<CommuneDirectory>()));
        services.TryAddSingleton(FebrlProfile.Default);
        return services;
    }
}
