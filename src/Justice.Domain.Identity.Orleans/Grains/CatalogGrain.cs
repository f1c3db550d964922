using Orleans;
using Orleans.Runtime;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// The referential-wide state, in the grain storage <see cref="OrleansPersonStore.StorageName"/>
/// (<see cref="CatalogState"/>) and in the silo's memory, kept active for the silo's life. Each change is written to
/// the storage before its reply.
/// </summary>
[KeepAlive]
internal sealed class CatalogGrain([PersistentState("catalog", OrleansPersonStore.StorageName)] IPersistentState<CatalogState> stored)
    : Grain, ICatalogGrain
{
    private CatalogState State => stored.State;

    public async Task<long> NewWriterAsync()
    {
        var writer = ++State.Writers;
        await WriteAsync().ConfigureAwait(true);
        return writer;
    }

    public async Task<long> ReserveAsync(ChangeId id, int count)
    {
        if (ChangeLog.Find(State.Recent, id) is { } applied)
        {
            return applied.First;
        }

        var first = State.Next;
        State.Next += count;
        ChangeLog.Add(State.Recent, new AppliedChange(id, [], null, first));
        await WriteAsync().ConfigureAwait(true);
        return first;
    }

    public async Task AddCountsAsync(ChangeId id, long records, long[] fieldTotals)
    {
        if (ChangeLog.Find(State.Recent, id) is not null)
        {
            return;
        }

        State.Records += records;
        if (fieldTotals.Length > State.FieldTotals.Length)
        {
            var totals = State.FieldTotals;
            Array.Resize(ref totals, fieldTotals.Length);
            State.FieldTotals = totals;
        }

        for (var i = 0; i < fieldTotals.Length; i++)
        {
            State.FieldTotals[i] += fieldTotals[i];
        }

        ChangeLog.Add(State.Recent, new AppliedChange(id, [], null, 0));
        await WriteAsync().ConfigureAwait(true);
    }

    public Task<CatalogTotals> TotalsAsync() => Task.FromResult(new CatalogTotals(State.Records, [.. State.FieldTotals], State.SpreadVersion));

    public Task<(ulong[] Keys, int[] Spreads, long Version)> SpreadsAsync()
    {
        var ordered = State.Spreads.OrderBy(e => e.Key).ToArray();
        return Task.FromResult<(ulong[] Keys, int[] Spreads, long Version)>(([.. ordered.Select(e => e.Key)], [.. ordered.Select(e => e.Value)], State.SpreadVersion));
    }

    public async Task SetSpreadAsync(ulong key, int spread)
    {
        // Setting the spread a key has already changes nothing, so that a retried call does not raise the version.
        if (State.Spreads.GetValueOrDefault(key, 1) == spread)
        {
            return;
        }

        State.Spreads[key] = spread;
        State.SpreadVersion++;
        await WriteAsync().ConfigureAwait(true);
    }

    public Task<(int Version, string Document)?> ModelAsync() =>
        Task.FromResult<(int Version, string Document)?>(State.ModelDocument is { } document ? (State.ModelVersion ?? 0, document) : null);

    public async Task SaveModelAsync(int version, string document)
    {
        State.ModelVersion = version;
        State.ModelDocument = document;
        await WriteAsync().ConfigureAwait(true);
    }

    public Task<string?> SettingAsync(string name) => Task.FromResult(State.Settings.GetValueOrDefault(name));

    public async Task SaveSettingAsync(string name, string value)
    {
        State.Settings[name] = value;
        await WriteAsync().ConfigureAwait(true);
    }

    private Task WriteAsync() => StateWriter.WriteAsync(stored, DeactivateOnIdle);
}
