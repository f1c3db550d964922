namespace Justice.Domain.Identity.Clustering;

/// <summary>
/// <i>Regroupement</i>: the cluster of each record, given as the index of the record that represents it
/// (the centre for <see cref="ClusteringMethod.BestLink"/>, the smallest index otherwise), with its report.
/// </summary>
/// <param name="ClusterOf">For each record index, the index of its cluster's representative.</param>
/// <param name="Report">Counts describing the run.</param>
public sealed record RecordClusters(IReadOnlyList<int> ClusterOf, ClusteringReport Report)
{
    /// <summary>Gets whether two records were put in the same cluster.</summary>
    /// <param name="first">Index of a record.</param>
    /// <param name="second">Index of another record.</param>
    /// <returns><see langword="true"/> when both share a representative.</returns>
    public bool SameCluster(int first, int second)
    {
        Core.Guard.InRange(first, 0, ClusterOf.Count - 1);
        Core.Guard.InRange(second, 0, ClusterOf.Count - 1);
        return ClusterOf[first] == ClusterOf[second];
    }
}
