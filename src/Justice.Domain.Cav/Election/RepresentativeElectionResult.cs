using System.Collections.Immutable;
using Justice.Domain.Deliberation.Apportionment;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Résultat de l'élection des représentants</i>: the seats by list (with the engine's explanation) and the members elected.</summary>
/// <param name="Seats">The apportionment under Décret 2025-659, art. 14.</param>
/// <param name="Elected">Each list's elected titulars and alternates, in the order of the lists.</param>
public sealed record RepresentativeElectionResult(ApportionmentOutcome Seats, ImmutableArray<ElectedList> Elected);
