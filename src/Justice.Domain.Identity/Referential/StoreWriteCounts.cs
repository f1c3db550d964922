namespace Justice.Domain.Identity.Referential;

/// <summary>What a batch written to a store did.</summary>
/// <param name="Added">Records whose id was not in the store.</param>
/// <param name="Replaced">Records whose id was in the store with a different record (it takes a new position).</param>
/// <param name="Unchanged">Records already stored exactly so (re-running an import changes nothing).</param>
public sealed record StoreWriteCounts(int Added, int Replaced, int Unchanged)
{
    /// <summary>Nothing written.</summary>
    public static StoreWriteCounts None { get; } = new(0, 0, 0);

    /// <summary>The counts of two batches together.</summary>
    /// <param name="other">The other batch's counts.</param>
    /// <returns>The sums.</returns>
    public StoreWriteCounts Plus(StoreWriteCounts other)
    {
        Core.Guard.NotNull(other);
        return new(Added + other.Added, Replaced + other.Replaced, Unchanged + other.Unchanged);
    }
}
