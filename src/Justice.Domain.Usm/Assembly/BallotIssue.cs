using Justice.Domain.Usm.Elections;

namespace Justice.Domain.Usm.Assembly;

/// <summary>
/// <i>Bulletin ou suffrage écarté</i>: a ballot rejected as a whole (<see cref="Choice"/> null) or one name on a ballot
/// not counted, with the reason and the article. The rest of the ballots, and the other names of the ballot, still count.
/// </summary>
/// <param name="Office">The election.</param>
/// <param name="VoterId">The voter.</param>
/// <param name="CastBy">Who cast it.</param>
/// <param name="Choice">The name not counted, or null when the whole ballot is rejected.</param>
/// <param name="Reason">Why.</param>
/// <param name="Reference">The article, as cited.</param>
public sealed record BallotIssue(ElectiveOffice Office, string VoterId, string CastBy, string? Choice, string Reason, string Reference);
