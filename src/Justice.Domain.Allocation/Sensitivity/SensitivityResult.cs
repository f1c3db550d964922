using Justice.Domain.Allocation.Model;
using Justice.Domain.Core;

namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// <i>Résultat de l'étude de sensibilité</i>: per court, the distribution of its posts over the perturbed runs, and per
/// post of the unperturbed allocation, how often it changed hands. Replayable: the seed, the runs and the perturbation
/// are recorded; <see cref="SensitivityStudy.RunOnce"/> replays any run.
/// </summary>
/// <param name="Seed">The seed.</param>
/// <param name="Runs">The number of runs.</param>
/// <param name="Perturbation">The perturbation.</param>
/// <param name="Posts">The posts asked for in each run.</param>
/// <param name="TieConvention">The tie convention of the runs.</param>
/// <param name="Criteria">The criteria of the runs (the request's, less those dropped).</param>
/// <param name="Courts">Every court, in input order.</param>
/// <param name="PostStabilities">Every post of the unperturbed allocation, in order.</param>
/// <param name="MeanUnallocated">The mean number of posts no court could take, per run.</param>
public sealed record SensitivityResult(
    ulong Seed,
    int Runs,
    Perturbation Perturbation,
    int Posts,
    TieConvention TieConvention,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<CourtSensitivity> Courts,
    IReadOnlyList<PostStability> PostStabilities,
    double MeanUnallocated)
{
    /// <summary>The method whose sensitivity is studied: Circ. SJ 00-124, annexe I, 1.</summary>
    public static LegalReference Reference => Results.AllocationResult.Reference;
}
