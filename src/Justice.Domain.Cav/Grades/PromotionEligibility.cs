using System.Collections.Immutable;
using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Condition d'inscription au tableau d'avancement</i>: whether a magistrate may be promoted to a grade on a date, and why.</summary>
/// <param name="Target">The grade sought.</param>
/// <param name="At">The date asked.</param>
/// <param name="Eligible">True when every condition is met on <paramref name="At"/>.</param>
/// <param name="EligibleFrom">The first day every condition is met, or null when one never is on the data given.</param>
/// <param name="Conditions">Each condition.</param>
public sealed record PromotionEligibility(Grade Target, LocalDate At, bool Eligible, LocalDate? EligibleFrom, ImmutableArray<EligibilityCondition> Conditions);
