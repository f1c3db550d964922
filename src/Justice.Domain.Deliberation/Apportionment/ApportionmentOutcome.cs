using System.Collections.Immutable;
using Justice.Domain.Core;
using Justice.Domain.Deliberation.Explanations;
using Justice.Domain.Deliberation.Ties;

namespace Justice.Domain.Deliberation.Apportionment;

/// <summary>
/// <i>Répartition des sièges</i>: the result of an apportionment: each list's seats and how they were obtained,
/// the quota, the ties met and how they were broken, and an explanation citing the rules.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="SeatsToFill">The seats distributed (on top of initial seats).</param>
/// <param name="TotalVotes">The sum of the votes.</param>
/// <param name="Quota">The quota as an exact fraction ("210/6") for quota methods, otherwise null.</param>
/// <param name="Lists">Each list, in the order given.</param>
/// <param name="Ties">The ties met, in order, each with its resolution.</param>
/// <param name="SeatsUnallocated">Seats left undistributed because a tie stayed unresolved (0 when complete).</param>
/// <param name="Explanation">The rules applied, with their articles.</param>
/// <param name="References">The articles the caller cited for the method.</param>
public sealed record ApportionmentOutcome(
    ApportionmentMethod Method,
    int SeatsToFill,
    long TotalVotes,
    string? Quota,
    ImmutableArray<ListSeats> Lists,
    ImmutableArray<TieResolution> Ties,
    int SeatsUnallocated,
    ImmutableArray<ExplanationLine> Explanation,
    ImmutableArray<LegalReference> References)
{
    /// <summary>True when every seat was allocated (no unresolved tie).</summary>
    public bool IsComplete => SeatsUnallocated == 0;

    /// <summary>The seats of the list named <paramref name="name"/>.</summary>
    /// <param name="name">The list.</param>
    /// <returns>Its seats.</returns>
    /// <exception cref="ArgumentException">No list has that name.</exception>
    public int SeatsOf(string name) =>
        Lists.FirstOrDefault(l => l.Name == name)?.Seats
        ?? throw new ArgumentException("name '" + name + "' is not a list of this apportionment; lists: " + string.Join(", ", Lists.Select(l => l.Name)) + ".", nameof(name));

    /// <summary>The explanation as text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Explanations.Explanation.ToText(
        Method + ": " + string.Join(", ", Lists.Select(l => l.Name + " " + l.Seats.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        Explanation);
}
