namespace Justice.Domain.Allocation.Model;

/// <summary>
/// <i>Traitement des ex aequo</i>: the rank given to courts with equal loads on one criterion. The 2000 circular
/// does not say; competition ranking is the default, fractional ranking the alternative a researcher can choose.
/// </summary>
public enum TieConvention
{
    /// <summary>Standard competition ranking ("1224"): equal loads share the best of their positions.</summary>
    Competition,

    /// <summary>Fractional ranking ("1, 2.5, 2.5, 4"): equal loads share the mean of their positions, so every criterion sums to n(n+1)/2.</summary>
    Fractional,
}
