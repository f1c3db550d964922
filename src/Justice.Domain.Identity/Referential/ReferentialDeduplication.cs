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
    /// <summary>
    /// How many records the run prepared from their stored documents: every record when the referential scores the
    /// pairs itself; on a store that scores where its records lie, the record copies of the scored blocks that had no
    /// prepared form it could read (0 when every record was imported by this build of the package with a default
    /// profile).
    /// </summary>
    public long PreparedFromDocuments { get; init; }

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
