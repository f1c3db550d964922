namespace Justice.Domain.Allocation.Results;

/// <summary><i>Emploi non localisé</i>: why posts could not be placed.</summary>
public enum UnallocatedReason
{
    /// <summary>No court of the input is eligible.</summary>
    NoEligibleCourt,

    /// <summary>Every eligible court has reached its cap.</summary>
    AllEligibleCourtsAtCap,
}
