using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Délai des propositions</i>: whether a ranked proposal for the tableau was sent before the deadline.</summary>
/// <param name="Target">The grade of the tableau.</param>
/// <param name="Deadline">1 February (deuxième grade) or 1 June (troisième grade) of the year.</param>
/// <param name="SentOn">The day the proposal was sent.</param>
/// <param name="InTime">True when sent before the deadline (strictly: "avant le 1er février").</param>
/// <param name="Reference">The rule.</param>
public sealed record ProposalTiming(Grade Target, LocalDate Deadline, LocalDate SentOn, bool InTime, LegalReference Reference);
