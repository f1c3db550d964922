using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The referential-wide state held in the silo's memory, kept active for the silo's life.</summary>
[KeepAlive]
internal sealed class CatalogGrain : Grain, ICatalogGrain
{
    private readonly Dictionary<ulong, int> spreads = [];
    private readonly Dictionary<string, string> settings = new(StringComparer.Ordinal);
    private long next = 1;
    private long records;
    private long[] fieldTotals = [];
    private long spreadVersion;
    private (int Version, string Document)? model;

    public Task<long> ReserveAsync(int count)
    {
        var first = next;
        next += count;
        return Task.FromResult(first);
    }

    public Task AddCountsAsync(long records, long[] fieldTotals)
    {
        this.records += records;
        if (fieldTotals.Length > this.fieldTotals.Length)
        {
            Array.Resize(ref this.fieldTotals, fieldTotals.Length);
        }

        for (var i = 0; i < fieldTotals.Length; i++)
        {
            this.fieldTotals[i] += fieldTotals[i];
        }

        return Task.CompletedTask;
    }

    public Task<CatalogTotals> TotalsAsync() => Task.FromResult(new CatalogTotals(records, [.. fieldTotals], spreadVersion));

    public Task<(ulong[] Keys, int[] Spreads, long Version)> SpreadsAsync()
    {
        var ordered = spreads.OrderBy(e => e.Key).ToArray();
        return Task.FromResult<(ulong[] Keys, int[] Spreads, long Version)>(([.. ordered.Select(e => e.Key)], [.. ordered.Select(e => e.Value)], spreadVersion));
    }

    public Task SetSpreadAsync(ulong key, int spread)
    {
        spreads[key] = spread;
        spreadVersion++;
        return Task.CompletedTask;
    }

    public Task<(int Version, string Document)?> ModelAsync() => Task.FromResult(model);

    public Task SaveModelAsync(int version, string document)
    {
        model = (version, document);
        return Task.CompletedTask;
    }

    public Task<string?> SettingAsync(string name) => Task.FromResult(settings.GetValueOrDefault(name));

    public Task SaveSettingAsync(string name, string value)
    {
        settings[name] = value;
        return Task.CompletedTask;
    }
}
