using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// The stored state of a partition grain, written whole after each change. Each document is stored once
/// (<see cref="Records"/>, by position), whether the partition holds it as a home entry, for its postings or both.
/// </summary>
[GenerateSerializer]
internal sealed class PartitionState
{
    /// <summary>The documents the partition holds, by position.</summary>
    [Id(0)]
    public Dictionary<long, StoredCopy> Records { get; set; } = [];

    /// <summary>The home entries, by id.</summary>
    [Id(1)]
    public Dictionary<string, HomeSlot> Home { get; set; } = [];

    /// <summary>The postings of the key slots the partition owns: each key's holders, by position.</summary>
    [Id(2)]
    public Dictionary<ulong, SortedSet<long>> Postings { get; set; } = [];

    /// <summary>The counts of the name values the partition owns.</summary>
    [Id(3)]
    public Dictionary<PartitionTerm, long> Terms { get; set; } = [];

    /// <summary>The replies to the last changing calls (<see cref="ChangeLog.Capacity"/> at most), oldest first.</summary>
    [Id(4)]
    public List<AppliedChange> Recent { get; set; } = [];
}
