using Justice.Domain.Core;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Irrégularité du calendrier électoral</i>: a voting day or arrêté date outside what the decree allows.</summary>
/// <param name="Message">What is wrong, naming the date and the bound.</param>
/// <param name="Reference">The rule.</param>
public sealed record ScheduleIssue(string Message, LegalReference Reference);
