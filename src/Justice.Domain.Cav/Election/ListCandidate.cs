using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Candidat</i>: one line of a list, in the order of presentation.</summary>
/// <param name="Name">The name.</param>
/// <param name="Sex">The sex.</param>
/// <param name="Role">Titular or alternate.</param>
/// <param name="Function">The function held, as stated on the list.</param>
/// <param name="Posting">The posting (<i>affectation</i>).</param>
public sealed record ListCandidate(string Name, CandidateSex Sex, CandidateRole Role, string Function, string Posting)
{
    /// <summary>The name.</summary>
    public string Name { get; init; } = Guard.NotBlank(Name);

    /// <summary>The function, which the list must state.</summary>
    public string Function { get; init; } = Guard.NotBlank(Function);

    /// <summary>The posting, which the list must state.</summary>
    public string Posting { get; init; } = Guard.NotBlank(Posting);
}
