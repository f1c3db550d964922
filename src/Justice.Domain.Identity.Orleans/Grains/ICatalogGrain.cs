using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// The referential-wide state (grain key <c>name</c>): the next position, the record count, the per-field totals, the
/// spread of hot keys, the match model and the settings. Small, whatever the number of records.
/// </summary>
internal interface ICatalogGrain : IGrainWithStringKey
{
    /// <summary>A new writer number, for the <see cref="ChangeId"/>s of a store object.</summary>
    Task<long> NewWriterAsync();

    /// <summary>Reserves <paramref name="count"/> consecutive positions; returns the first (the same for a retried <paramref name="id"/>).</summary>
    Task<long> ReserveAsync(ChangeId id, int count);

    /// <summary>Adds to the record count and to the per-field totals (index = field), once per <paramref name="id"/>.</summary>
    Task AddCountsAsync(ChangeId id, long records, long[] fieldTotals);

    /// <summary>The record count and per-field totals.</summary>
    Task<CatalogTotals> TotalsAsync();

    /// <summary>The keys of spread over 1 with their spreads, and the table's version.</summary>
    Task<(ulong[] Keys, int[] Spreads, long Version)> SpreadsAsync();

    /// <summary>Sets a key's spread.</summary>
    Task SetSpreadAsync(ulong key, int spread);

    /// <summary>The stored model (version and document), or null.</summary>
    Task<(int Version, string Document)?> ModelAsync();

    /// <summary>Stores the model.</summary>
    Task SaveModelAsync(int version, string document);

    /// <summary>A setting, or null.</summary>
    Task<string?> SettingAsync(string name);

    /// <summary>Saves a setting.</summary>
    Task SaveSettingAsync(string name, string value);
}
