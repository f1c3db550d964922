namespace Justice.Domain.Deliberation.Apportionment;

/// <summary><i>Sièges d'une liste</i>: how a list's seats were obtained.</summary>
/// <param name="Name">The list.</param>
/// <param name="Votes">Its votes.</param>
/// <param name="InitialSeats">Seats held before the apportionment.</param>
/// <param name="QuotaSeats">Seats won by whole quotas (largest remainder and quota-first methods), otherwise 0.</param>
/// <param name="Remainder">
/// The remainder after the quota seats, as an exact fraction "n/d" of a vote (largest remainder methods), or null.
/// </param>
/// <param name="AdditionalSeats">Seats won after the quota seats: by remainder or by highest average.</param>
/// <param name="Seats">All seats: initial + quota + additional.</param>
public sealed record ListSeats(string Name, long Votes, int InitialSeats, int QuotaSeats, string? Remainder, int AdditionalSeats, int Seats);
