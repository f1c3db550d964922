namespace Justice.Domain.Allocation.Sensitivity;

/// <summary><i>Paramètres de l'étude</i>: how many perturbed runs, from which seed, on how many threads.</summary>
/// <param name="Runs">The number of perturbed allocations, 1 to <see cref="MaxRuns"/>.</param>
/// <param name="Seed">The seed: run r draws from a stream that depends only on (seed, r), so a study is replayed by its seed and any run alone by its number.</param>
public sealed record SensitivityOptions(int Runs, ulong Seed)
{
    /// <summary>The most runs in one study.</summary>
    public const int MaxRuns = 100_000_000;

    /// <summary>The most threads the runs use (null: one per core). The results are identical for any number.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
