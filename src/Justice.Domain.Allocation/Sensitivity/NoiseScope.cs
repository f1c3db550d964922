namespace Justice.Domain.Allocation.Sensitivity;

/// <summary><i>Portée du bruit</i>: which figures share one random draw.</summary>
public enum NoiseScope
{
    /// <summary>Every court's figure on every criterion is off by its own draw (default): independent counting errors.</summary>
    CourtAndCriterion,

    /// <summary>One draw per court, shared by all its criteria (scaled by each criterion's level): a court whose statistics are all off in the same direction.</summary>
    Court,
}
