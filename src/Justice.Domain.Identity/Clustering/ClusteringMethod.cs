namespace Justice.Domain.Identity.Clustering;

/// <summary><i>Méthode de regroupement</i>: how scored pairs above the match threshold become clusters of one person.</summary>
public enum ClusteringMethod
{
    /// <summary>
    /// <i>Composantes connexes</i>: every chain of links merges (A–B and B–C put A with C even when A and C
    /// disagree). The usual method (Splink, the DuckDB peer); kept as the reference.
    /// </summary>
    ConnectedComponents = 0,

    /// <summary>
    /// <i>Rattachement au mieux lié</i>: the best-linked record of each group becomes its centre and every member
    /// must match the centre directly. No chain longer than two links can merge records.
    /// </summary>
    BestLink = 1,

    /// <summary>
    /// <i>Coupure des liens faibles</i>: connected components, then every link that alone holds two groups together
    /// (a bridge) and whose weight is below the confirmation threshold (the review band) is cut.
    /// </summary>
    WeakLinkSplitting = 2,
}
