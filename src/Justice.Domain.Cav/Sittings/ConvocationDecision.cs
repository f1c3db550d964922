using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Sittings;

/// <summary><i>Convocation de la formation consultative</i>: whether a written request obliges the president to convene, and by when.</summary>
/// <param name="Required">True when the request is signed by at least half of the titular representatives.</param>
/// <param name="ConveneBy">The last day for the meeting (two months after the request), or null when not required.</param>
/// <param name="Reason">Why, with the figures.</param>
/// <param name="Reference">The rule.</param>
public sealed record ConvocationDecision(bool Required, LocalDate? ConveneBy, string Reason, LegalReference Reference);
