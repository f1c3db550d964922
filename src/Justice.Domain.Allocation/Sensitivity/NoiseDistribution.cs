namespace Justice.Domain.Allocation.Sensitivity;

/// <summary><i>Loi du bruit</i>: how a perturbation's random factors are drawn around 1.</summary>
public enum NoiseDistribution
{
    /// <summary>Uniform on [1 − x, 1 + x], x the noise level (default).</summary>
    Uniform,

    /// <summary>Normal with mean 1 and standard deviation σ = the noise level, truncated at 0 (a figure never becomes negative).</summary>
    Normal,
}
