using System.Collections.Immutable;
using System.Globalization;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Lots;

namespace Justice.Domain.Deliberation.Ties;

/// <summary>
/// <i>Départage</i>: how a tie for <see cref="Places"/> places among <see cref="Contenders"/> was broken:
/// who won, who is still tied when the chain ran out (<see cref="IsResolved"/> false), each step applied and
/// the drawing of lots when one was made.
/// </summary>
/// <param name="Contenders">The tied contenders, by name (ordinal order).</param>
/// <param name="Places">How many of them win.</param>
/// <param name="Winners">Those who win, in order of precedence.</param>
/// <param name="StillTied">Those still tied when the chain ran out (empty when resolved).</param>
/// <param name="PlacesLeft">The places left undecided among <paramref name="StillTied"/> (0 when resolved).</param>
/// <param name="Steps">Each step applied, with its article.</param>
/// <param name="Draw">The drawing of lots, when one was made.</param>
public sealed record TieResolution(
    ImmutableArray<string> Contenders,
    int Places,
    ImmutableArray<string> Winners,
    ImmutableArray<string> StillTied,
    int PlacesLeft,
    ImmutableArray<ExplanationLine> Steps,
    LotDraw? Draw)
{
    /// <summary>True when every place was decided.</summary>
    public bool IsResolved => PlacesLeft == 0;

    /// <summary>
    /// The resolution as text: the tie, the winners (and those still tied), each step with its article, and the
    /// drawing of lots when one was made (<see cref="LotDraw.ToText"/>).
    /// </summary>
    /// <returns>The text, one item per line.</returns>
    public string ToText()
    {
        var title = string.Create(CultureInfo.InvariantCulture, $"tie for {Places} of {Contenders.Length} ({string.Join(", ", Contenders)}): ")
            + (Winners.IsEmpty ? "no winner" : "won by " + string.Join(", ", Winners))
            + (IsResolved ? "" : string.Create(CultureInfo.InvariantCulture, $"; {PlacesLeft} undecided among {string.Join(", ", StillTied)}"));
        return Explanation.ToText(title, Steps) + (Draw?.ToText() ?? "");
    }
}
