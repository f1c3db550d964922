using Justice.Domain.Core;

namespace Justice.Domain.Cav.Grades;

/// <summary><i>Plafond du troisième grade</i>: how many promotions to the troisième grade the 18 % cap allows, and whether a number proposed fits.</summary>
/// <param name="Workforce">The total workforce of the judiciary.</param>
/// <param name="CurrentThirdGrade">Magistrates already in the troisième grade.</param>
/// <param name="Proposed">Promotions proposed this year.</param>
/// <param name="MaxPromotions">The most promotions allowed: ⌊18 × workforce ÷ 100⌋ − current, at least 0.</param>
/// <param name="Allowed">Whether <paramref name="Proposed"/> fits.</param>
/// <param name="Reference">The rule.</param>
public sealed record ThirdGradeCapDecision(int Workforce, int CurrentThirdGrade, int Proposed, int MaxPromotions, bool Allowed, LegalReference Reference);
