namespace Justice.Domain.Identity.Referential;

/// <summary>A scored pair of stored records, named by their store positions.</summary>
/// <param name="Left">The lower position.</param>
/// <param name="Right">The higher position.</param>
/// <param name="Weight">The match weight (bits).</param>
public readonly record struct SequenceEdge(long Left, long Right, double Weight);
