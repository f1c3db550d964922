namespace Justice.Domain.Usm.Calendar;

/// <summary><i>Ligne du calendrier</i>: one deadline as plain values.</summary>
/// <param name="Key">The deadline's key.</param>
/// <param name="Act">The act.</param>
/// <param name="Direction">No later than / no earlier than.</param>
/// <param name="Limit">The limit: "2026-11-20" or "2026-11-26 17:00 Europe/Paris".</param>
/// <param name="Rule">How it is computed.</param>
/// <param name="Reference">The article, as cited.</param>
public sealed record CalendarReportLine(string Key, string Act, DeadlineDirection Direction, string Limit, string Rule, string Reference);
