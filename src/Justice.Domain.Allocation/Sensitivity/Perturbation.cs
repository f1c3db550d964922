using Justice.Domain.Allocation.Model;

namespace Justice.Domain.Allocation.Sensitivity;

/// <summary>
/// <i>Modèle de perturbation</i>: how a sensitivity study changes the request before each run. Each court's figure on
/// each criterion (the sum of its yearly values, hence its average) is multiplied by a random factor around 1 whose
/// spread is the noise level: <see cref="Noise"/> by default, <see cref="CriterionNoise"/> for a named criterion,
/// <see cref="CourtNoise"/> for a named court (the court's level wins over the criterion's). Scaling a whole criterion
/// by one factor would change no rank (ranks are scale-free), so the factors are drawn per court and criterion or per
/// court (<see cref="Scope"/>). Fixed changes apply to every run: criteria dropped, another tie convention.
/// A noise level of 0 everywhere, no criterion dropped and no other tie convention give the request itself.
/// </summary>
public sealed record Perturbation
{
    /// <summary>The largest noise level: 0.5 (a uniform factor in [0.5, 1.5], or σ = 50 %).</summary>
    public const decimal MaxNoise = 0.5m;

    /// <summary>The noise level of every figure: the half-width x of a uniform factor in [1 − x, 1 + x], or the relative standard deviation σ of a normal one; 0 to <see cref="MaxNoise"/> (0.03 = 3 %).</summary>
    public decimal Noise { get; init; }

    /// <summary>How the factors are drawn (default <see cref="NoiseDistribution.Uniform"/>).</summary>
    public NoiseDistribution Distribution { get; init; } = NoiseDistribution.Uniform;

    /// <summary>Which figures share a draw (default <see cref="NoiseScope.CourtAndCriterion"/>).</summary>
    public NoiseScope Scope { get; init; } = NoiseScope.CourtAndCriterion;

    /// <summary>Noise levels of named criteria, replacing <see cref="Noise"/> for them (each 0 to <see cref="MaxNoise"/>); every id must be a criterion of the request.</summary>
    public IReadOnlyDictionary<string, decimal> CriterionNoise { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Noise levels of named courts, replacing the criterion's or the default level for them (each 0 to <see cref="MaxNoise"/>); every id must be a court of the request.</summary>
    public IReadOnlyDictionary<string, decimal> CourtNoise { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Criteria left out of every run (ids of the request's criteria; at least one must remain).</summary>
    public IReadOnlyList<string> DroppedCriteria { get; init; } = [];

    /// <summary>A tie convention for every run instead of the request's, or null to keep it.</summary>
    public TieConvention? TieConvention { get; init; }
}
