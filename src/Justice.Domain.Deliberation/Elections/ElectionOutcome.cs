using System.Collections.Immutable;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Elections;

/// <summary>
/// <i>Résultat de l'élection</i>: who is elected and on which seat, the ties met and how they were broken, the seats
/// left unfilled (too few candidates, or an unresolved tie), and the explanation.
/// </summary>
/// <param name="Seats">The seats to fill.</param>
/// <param name="Elected">The elected, reserved seats first, each group in order of votes.</param>
/// <param name="Ties">The ties met, with their resolution.</param>
/// <param name="SeatsUnfilled">Seats no candidate fills (too few candidates, or an unresolved tie).</param>
/// <param name="Explanation">The rules applied, with their articles.</param>
public sealed record ElectionOutcome(
    int Seats,
    ImmutableArray<ElectedCandidate> Elected,
    ImmutableArray<TieResolution> Ties,
    int SeatsUnfilled,
    ImmutableArray<ExplanationLine> Explanation)
{
    /// <summary>True when every seat is filled.</summary>
    public bool IsComplete => SeatsUnfilled == 0;

    /// <summary>The winner of a single-seat election, or null when the seat is unfilled.</summary>
    public string? Winner => Elected.IsEmpty ? null : Elected[0].Id;

    /// <summary>The explanation as text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Explanations.Explanation.ToText("elected: " + string.Join(", ", Elected.Select(e => e.Id)), Explanation);
}
