namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Étape du traitement de masse</i>: the stages of a <see cref="BulkRun"/>, in the order they run.</summary>
public enum BulkStage
{
    /// <summary>Reading, checking and preparing the records (units: rows read).</summary>
    Read,

    /// <summary>Training the model on a sample of blocked pairs, or taking the model given (no units).</summary>
    Train,

    /// <summary>Forming the candidate pairs with the profile's blocking rules (units: pairs formed).</summary>
    Block,

    /// <summary>Scoring the candidate pairs on all cores (units: pairs compared, out of the pairs formed).</summary>
    Compare,

    /// <summary>Clustering the match-band pairs, or assigning them one to one in a linkage (units: records).</summary>
    Cluster,
}
