using Justice.Domain.Identity.Comparison;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;

namespace Justice.Domain.Identity.Orleans;

/// <summary>Silo configuration for the referential's grains.</summary>
public static class ReferentialSiloBuilderExtensions
{
    /// <summary>
    /// Gives the referential's grains the grain storage <see cref="OrleansPersonStore.StorageName"/> that stores
    /// nothing: their state lives in the silos' memory only, each change costs no serialisation, and a silo that stops
    /// loses the partitions it held. For a demonstration, a test or a referential rebuilt from its source at each start;
    /// a deployment that must survive the loss of a silo registers a durable storage under the same name instead
    /// (the ADO.NET provider on PostgreSQL).
    /// </summary>
    /// <param name="silo">The silo's builder.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddVolatileReferentialStorage(this ISiloBuilder silo)
    {
        Core.Guard.NotNull(silo);
        silo.Services.AddGrainStorage(OrleansPersonStore.StorageName, (_, _) => new VolatileStateStorage());
        return silo;
    }

    /// <summary>
    /// Gives the silo's partition grains the profile a referential was filled with, so that they prepare its records
    /// as its clients do when they score a deduplication where the records lie (<see cref="OrleansPersonStore.ScorePairsAsync"/>).
    /// The built-in profiles (<see cref="CivilStatusProfile.Default"/>, <see cref="CivilStatusProfile.WithoutNameEditRules"/>)
    /// need no registration; a referential filled with another profile needs it on every silo. The grains pick the
    /// profile whose blocking rules are the request's (<see cref="Referential.PersonReferential.RulesOf"/>).
    /// </summary>
    /// <param name="silo">The silo's builder.</param>
    /// <param name="profile">The profile.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddReferentialProfile(this ISiloBuilder silo, CivilStatusProfile profile)
    {
        Core.Guard.NotNull(silo);
        Core.Guard.NotNull(profile);
        silo.Services.AddSingleton(profile);
        return silo;
    }
}
