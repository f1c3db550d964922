using Justice.Domain.Core;
using NodaTime;

namespace Justice.Domain.Cav.Validation;

/// <summary><i>Avancement de grade</i>: a promotion to a higher grade on a date (the reclassification of 31 December 2025 is not one).</summary>
/// <param name="Date">The date the promotion takes effect.</param>
/// <param name="To">The grade reached.</param>
public readonly record struct GradePromotion(LocalDate Date, Grade To);
