namespace Justice.Domain.Allocation.Comparison;

/// <summary><i>Effectif de départ</i>: which current headcount a divisor method counts as the seats a court already holds.</summary>
public enum HeadcountBasis
{
    /// <summary>The budgeted non-specialised siège magistrates (the posts allocated are non-specialised, as in the weighted-rank method).</summary>
    NonSpecialized,

    /// <summary>The whole siège: non-specialised + specialised magistrates.</summary>
    SiegeSize,
}
