using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>The stored state of a catalog grain, written whole after each change; small whatever the number of records.</summary>
[GenerateSerializer]
internal sealed class CatalogState
{
    /// <summary>The keys of spread over 1, with their spreads.</summary>
    [Id(0)]
    public Dictionary<ulong, int> Spreads { get; set; } = [];

    /// <summary>The settings.</summary>
    [Id(1)]
    public Dictionary<string, string> Settings { get; set; } = [];

    /// <summary>The next free position.</summary>
    [Id(2)]
    public long Next { get; set; } = 1;

    /// <summary>The record count.</summary>
    [Id(3)]
    public long Records { get; set; }

    /// <summary>The per-field totals (index = field).</summary>
    [Id(4)]
    public long[] FieldTotals { get; set; } = [];

    /// <summary>The version of the spread table (raised at each change of a spread).</summary>
    [Id(5)]
    public long SpreadVersion { get; set; }

    /// <summary>The model's version, when a model is stored.</summary>
    [Id(6)]
    public int? ModelVersion { get; set; }

    /// <summary>The model's document, when a model is stored.</summary>
    [Id(7)]
    public string? ModelDocument { get; set; }

    /// <summary>The number of writers handed out.</summary>
    [Id(8)]
    public long Writers { get; set; }

    /// <summary>The replies to the last changing calls, oldest first.</summary>
    [Id(9)]
    public List<AppliedChange> Recent { get; set; } = [];
}
