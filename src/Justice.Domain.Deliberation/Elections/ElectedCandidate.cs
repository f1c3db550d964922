namespace Justice.Domain.Deliberation.Elections;

/// <summary><i>Élu</i>: a candidate elected, with the seat they fill.</summary>
/// <param name="Id">The candidate.</param>
/// <param name="Votes">The votes received.</param>
/// <param name="Seat">"general", or the category of the reservation they fill.</param>
public sealed record ElectedCandidate(string Id, long Votes, string Seat);
