namespace Justice.Domain.Deliberation.Apportionment;

/// <summary>
/// <i>Liste et suffrages</i>: a list (or a jurisdiction, for a workload apportionment) with its votes (or weight)
/// and, for divisor methods only, the seats it already holds before the apportionment starts.
/// </summary>
/// <param name="Name">The list's unique name.</param>
/// <param name="Votes">Its valid votes (or integer weight), 0 or more.</param>
/// <param name="InitialSeats">Seats held before the apportionment (divisor methods only: a current headcount), 0 or more.</param>
public readonly record struct ListVotes(string Name, long Votes, int InitialSeats = 0);
