namespace Justice.Domain.Identity.Linkage;

/// <summary><i>Rattachement</i>: the cluster (presumed person) a record belongs to.</summary>
/// <param name="Dataset">0 for the deduplicated or left dataset, 1 for the right dataset of a link.</param>
/// <param name="Id">The record id.</param>
/// <param name="ClusterId">The cluster id: the id of the cluster's first record in input order (left first).</param>
public sealed record ClusterAssignment(int Dataset, string Id, string ClusterId);
