using Orleans;

namespace Justice.Domain.Identity.Orleans.Grains;

/// <summary>
/// A record's document as a partition keeps it, once whatever its uses there: as the home entry of its id
/// (<see cref="Home"/>) and as the holder of <see cref="References"/> postings. Dropped when it has neither.
/// </summary>
[GenerateSerializer]
internal sealed class StoredCopy
{
    /// <summary>The record's id.</summary>
    [Id(0)]
    public string Id { get; set; } = string.Empty;

    /// <summary>The record's document.</summary>
    [Id(1)]
    public string Document { get; set; } = string.Empty;

    /// <summary>The record's prepared form as the importing client made it, or null (then the document is prepared where it is scored).</summary>
    [Id(4)]
    public byte[]? Prepared { get; set; }

    /// <summary>Whether this position is the home entry of its id on this partition.</summary>
    [Id(2)]
    public bool Home { get; set; }

    /// <summary>The postings on this partition that point to the record.</summary>
    [Id(3)]
    public int References { get; set; }
}
