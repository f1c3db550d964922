using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Liste de candidats</i> filed by a union for the election of the six representatives.</summary>
/// <param name="Union">The union filing the list.</param>
/// <param name="Candidates">The candidates in the order of presentation (titulars and alternates).</param>
/// <param name="FiledOn">The day the list was filed with the minister.</param>
/// <param name="Delegate">The <i>délégué de liste</i>, or null: the head of the list by default.</param>
public sealed record CandidateList(string Union, ImmutableArray<ListCandidate> Candidates, LocalDate FiledOn, string? Delegate = null)
{
    /// <summary>The union filing the list.</summary>
    public string Union { get; init; } = Guard.NotBlank(Union);

    /// <summary>The candidates in the order of presentation; a default array reads as empty, a null candidate is rejected naming the list.</summary>
    public ImmutableArray<ListCandidate> Candidates { get; init; } = Candidates.IsDefault ? [] : [.. Guard.NoNullElements(Candidates, "candidates of list '" + Union + "'")];

    /// <summary>The titular candidates, in list order.</summary>
    public IEnumerable<ListCandidate> Titulars => Candidates.Where(c => c.Role == CandidateRole.Titular);

    /// <summary>The alternate candidates, in list order.</summary>
    public IEnumerable<ListCandidate> Alternates => Candidates.Where(c => c.Role == CandidateRole.Alternate);

    /// <summary>The délégué de liste: the one named, or the head of the list, or null for an empty list.</summary>
    public string? EffectiveDelegate => string.IsNullOrWhiteSpace(Delegate) ? Candidates.FirstOrDefault()?.Name : Delegate;
}
