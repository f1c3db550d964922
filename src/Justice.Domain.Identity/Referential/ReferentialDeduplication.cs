using Justice.Domain.Identity.Blocking;
using Justice.Domain.Identity.Evaluation;
using Justice.Domain.Identity.Linkage;
using Justice.Domain.Identity.Records;
using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Referential;

/// <summary>A bulk deduplication of the stored records: their ids in store order, and the result indexed in that order.</summary>
/// <param name="Ids">The stored records' ids, by store position.</param>
/// <param name="Result">The clusters, the blocking report and the kept pairs; record indices point into <paramref name="Ids"/>.</param>
public sealed record ReferentialDeduplication(IReadOnlyList<string> Ids, BulkResult Result)
{
    /// <summary>The cluster of each record, named by the id of the record that represents it, in store order.</summary>
    /// <returns>(id, cluster id) pairs.</returns>
    public IEnumerable<(string Id, string ClusterId)> Assignments()
    {
        var clusterOf = Result.Clusters.ClusterOf;
        for (var i = 0; i < Ids.Count; i++)
        {
            yield return (Ids[i], Ids[clusterOf[i]]);
        }
    }
}
