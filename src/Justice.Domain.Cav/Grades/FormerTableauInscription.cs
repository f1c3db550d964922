using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Effet d'une inscription au tableau antérieur</i>: whether an inscription on the tableau of the former hierarchy still has effect on a day, and why.</summary>
/// <param name="Day">The day asked.</param>
/// <param name="InEffect">True when the inscription still has effect.</param>
/// <param name="Reason">Why, with the dates.</param>
/// <param name="Reference">Décret 2025-1032, art. 32.</param>
public sealed record FormerTableauInscription(LocalDate Day, bool InEffect, string Reason, LegalReference Reference);
