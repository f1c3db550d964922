using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// A grain storage that stores nothing: the referential's grains keep their state in the silo's memory only, and a
/// change costs no serialisation (<see cref="ReferentialSiloBuilderExtensions.AddVolatileReferentialStorage"/>).
/// </summary>
internal sealed class VolatileStateStorage : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;
}
