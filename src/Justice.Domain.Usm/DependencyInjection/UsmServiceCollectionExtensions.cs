using Justice.Domain.Core;
using Justice.Domain.Deliberation.DependencyInjection;
using Justice.Domain.Deliberation.Meetings;
using Justice.Domain.Usm.Decisions;
using Justice.Domain.Usm.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Justice.Domain.Usm.DependencyInjection;

/// <summary>Registers the USM package in a <see cref="IServiceCollection"/>.</summary>
public static class UsmServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Deliberation engine (and Core), the USM JSON context and the decision catalogue built with the
    /// reading the caller chooses for the bureau's two thirds (Statuts USM, art. 7, silent on the base). Uses <c>TryAdd*</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="bureauTwoThirdsBase">The reading of the bureau's two thirds (see <see cref="UsmDecisionCatalogue.Create"/>).</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddJusticeDomainUsm(this IServiceCollection services, MajorityBase bureauTwoThirdsBase)
    {
        Guard.NotNull(services);
        var catalogue = UsmDecisionCatalogue.Create(bureauTwoThirdsBase);
        services.AddJusticeDomainDeliberation();
        services.TryAddSingleton(UsmJsonContext.Default);
        services.TryAddSingleton(catalogue);
        return services;
    }
}
