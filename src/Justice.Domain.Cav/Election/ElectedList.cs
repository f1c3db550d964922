using System.Collections.Immutable;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Élus d'une liste</i>: the titulars and alternates a list receives, taken in list order.</summary>
/// <param name="Union">The list's union.</param>
/// <param name="Seats">The titular seats won.</param>
/// <param name="Titulars">The elected titulars, in list order.</param>
/// <param name="Alternates">The elected alternates, in list order (as many as titular seats).</param>
/// <param name="Unfilled">Seats won that the list has too few candidates to fill (0 for an admissible list).</param>
public sealed record ElectedList(string Union, int Seats, ImmutableArray<string> Titulars, ImmutableArray<string> Alternates, int Unfilled);
