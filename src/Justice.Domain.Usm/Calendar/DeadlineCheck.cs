namespace Justice.Domain.Usm.Calendar;

/// <summary><i>Contrôle du délai</i>: whether an act was on time, with the deadline and the explanation citing the article.</summary>
/// <param name="Deadline">The deadline.</param>
/// <param name="ActAt">When the act was done, as ISO text.</param>
/// <param name="OnTime">True when on time.</param>
/// <param name="Explanation">The explanation.</param>
public sealed record DeadlineCheck(UsmDeadline Deadline, string ActAt, bool OnTime, string Explanation);
