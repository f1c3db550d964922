namespace Justice.Domain.Identity.Clustering;

/// <summary><i>Bilan du regroupement</i>: what a clustering run did, in counts only (no personal data).</summary>
/// <param name="Method">The method used.</param>
/// <param name="RecordCount">Number of records clustered.</param>
/// <param name="EdgesReceived">Number of scored edges received (duplicates included).</param>
/// <param name="LinksAboveThreshold">Distinct record pairs whose weight reaches the match threshold.</param>
/// <param name="LinksCut">Links at or above the match threshold that the method did not follow (0 for connected components).</param>
/// <param name="ClusterCount">Number of clusters, singletons included.</param>
/// <param name="SingletonCount">Number of clusters holding one record.</param>
/// <param name="LargestCluster">Size of the largest cluster.</param>
public sealed record ClusteringReport(
    ClusteringMethod Method,
    int RecordCount,
    long EdgesReceived,
    long LinksAboveThreshold,
    long LinksCut,
    int ClusterCount,
    int SingletonCount,
    int LargestCluster);
