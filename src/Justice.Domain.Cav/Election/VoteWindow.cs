using NodaTime;

namespace Justice.Domain.Cav.Election;

/// <summary><i>Période du scrutin</i>: the days on which voting may take place, and the last day the arrêté may fix the date.</summary>
/// <param name="MandateExpires">The day the current mandate expires.</param>
/// <param name="Earliest">The earliest voting day: five months before the expiry.</param>
/// <param name="Latest">The latest voting day: fifteen days before the expiry.</param>
public sealed record VoteWindow(LocalDate MandateExpires, LocalDate Earliest, LocalDate Latest);
