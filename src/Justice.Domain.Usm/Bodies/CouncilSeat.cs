using Justice.Domain.Core;

namespace Justice.Domain.Usm.Bodies;

/// <summary><i>Siège au conseil national</i>: a person and the quality in which the person sits.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Kind">Why the member sits.</param>
public sealed record CouncilSeat(string MemberId, CouncilSeatKind Kind)
{
    /// <summary>The member.</summary>
    public string MemberId { get; init; } = Guard.NotBlank(MemberId);

    /// <summary>The quality.</summary>
    public CouncilSeatKind Kind { get; init; } = Guard.Defined(Kind);

    /// <summary>The voice that goes with the quality (<see cref="NationalCouncilComposition.VoiceOf"/>).</summary>
    public CouncilVoice Voice => NationalCouncilComposition.VoiceOf(Kind);
}
