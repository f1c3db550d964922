namespace Justice.Domain.Identity.Records;

/// <summary>The values the reader reads from a kept row beyond its text fields: sex, dates, and which codes are kept.</summary>
/// <param name="Sex">The sex (unknown when empty or unreadable).</param>
/// <param name="Birth">The birth date, or null when nothing of it is known.</param>
/// <param name="Death">The death date, or null when nothing of it is known.</param>
/// <param name="CommuneCode">Whether the birth commune code is kept (present and well formed).</param>
/// <param name="CountryCode">Whether the birth country code is kept (present and well formed).</param>
/// <param name="Nationality">Whether the nationality is kept (present and well formed).</param>
internal readonly record struct RowValues(Sex Sex, PartialDate? Birth, PartialDate? Death, bool CommuneCode, bool CountryCode, bool Nationality);
