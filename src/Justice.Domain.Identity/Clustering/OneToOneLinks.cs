using Justice.Domain.Identity.Scoring;

namespace Justice.Domain.Identity.Clustering;

/// <summary><i>Appariement un à un</i>: the links kept between two sources, each record in at most one link.</summary>
/// <param name="Links">The links kept, sorted by left index.</param>
/// <param name="Candidates">Distinct pairs at or above the match threshold.</param>
/// <param name="ConflictsResolved">Candidate pairs dropped because one of their records was already linked more strongly.</param>
public sealed record OneToOneLinks(IReadOnlyList<ScoredEdge> Links, long Candidates, long ConflictsResolved);
