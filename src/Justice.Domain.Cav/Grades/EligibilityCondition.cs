using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Condition d'avancement</i>: one condition of promotion, whether it is met on the date asked, and from when.</summary>
/// <param name="Condition">The condition, in the text's words.</param>
/// <param name="Met">Whether it is met on the date asked.</param>
/// <param name="MetFrom">The first day it is met, or null when it never is on the data given.</param>
/// <param name="Detail">The figures behind the answer.</param>
/// <param name="Reference">The rule.</param>
public sealed record EligibilityCondition(string Condition, bool Met, LocalDate? MetFrom, string Detail, LegalReference Reference);
