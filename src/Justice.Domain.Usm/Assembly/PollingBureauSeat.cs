namespace Justice.Domain.Usm.Assembly;

/// <summary><i>Membre du bureau de vote</i>: a member and the quality in which the member sits.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Role">The quality.</param>
public sealed record PollingBureauSeat(string MemberId, PollingBureauRole Role);
